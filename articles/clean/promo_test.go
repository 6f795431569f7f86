package clean

import (
	"strings"
	"testing"
)

// A site's own call to action, plea or disclosure between the story's
// paragraphs goes; the story's sentences that use the same words about
// others, or quote them, stay, and so does a subheading.
func TestPromotionsGo(t *testing.T) {
	lines := []promoLine{
		{"The council voted on Tuesday to close the library for six months while its roof is repaired.", false},
		{"Sign up for our newsletter to get the week's stories delivered to your inbox.", true},
		{"What the repairs will cost", false},
		{"The firm asked its customers to contact the branch before visiting.", false},
		{"If you have questions, don't hesitate to contact our team.", true},
		{"\"Contact us today and we will help,\" the advert read.", false},
		{"When you buy through links on this page, we may earn a commission.", true},
		{"Abonnieren Sie unseren kostenlosen Newsletter und bleiben Sie auf dem Laufenden.", true},
		{"Le maire a présenté le budget de la ville aux habitants jeudi soir.", false},
		{"Contactez-nous pour recevoir un devis.", true},
		{"Streamers earn a commission when viewers buy games through affiliate links.", false},
		{"If you enjoyed this story, please support us by donating a small amount.", true},
		{"Keine Neuigkeiten mehr verpassen: jetzt kostenlos anmelden.", true},
		{"Para comentar debes registrarte y completar los datos generales.", true},
		{"The charity said donations had fallen by a third since the spring.", false},
		{"Your information will be processed according to our privacy policy. You can unsubscribe at any time.", true},
		{"Get the latest news straight to your phone with the Example app.", true},
		{"We want to hear what you think about this article. Submit a letter to the editor or write to us.", true},
		{"Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.", true},
		{"You must be logged in to post a comment.", true},
		{"Thank you! Please check your inbox now for your welcome email.", true},
		{"Thanks for subscribing!", true},
		{"Want more like this?", true},
		{"Did you like this article? You can buy me a coffee.", true},
		{"Follow The Daily Example on Twitter and Instagram @example.", true},
		{"Follow these steps shared on Twitter to report a fault.", false},
		{"Note: Some posts may contain affiliate links. Read more in our Privacy Policy.", true},
		{"Mit Absenden meiner E-Mail-Adresse willige ich bis auf Widerruf ein, den personalisierten Newsletter des Shops zu erhalten, und bin damit einverstanden, dass mir der Shop per E-Mail an mich gerichtete Werbung zu Produkten und Angeboten schickt, die meinen Interessen entsprechen, sowie Umfragen zur Verbesserung seines Angebots; dazu wertet er aus, welche E-Mails ich öffne und welche Links ich anklicke.", true},
		{"Thank you for visiting example.com. You are using a browser version with limited support for CSS. To obtain the best experience, we recommend you use a more up to date browser (or turn off compatibility mode in Internet Explorer). In the meantime, to ensure continued support, we are displaying the site without styles and JavaScript.", true},
		{"Jede kleine Spende hilft den notleidenden Menschen dieser Welt!", true},
		{"Every donation helps us keep this site free.", true},
		{"The charity said every donation it received last year went to the flood victims.", false},
		{"Products are chosen independently by our editors.", true},
		{"The judges were chosen independently by the court.", false},
		{"Immediate online access to all issues from 2019.", true},
		{"The mayor said she would submit a letter to the council on Monday.", false},
		{"Join the thousands of gardeners who get new growing tips delivered to their inboxes every week.", true},
		{"By using any of the recipes or information on this website, you are agreeing to the terms and conditions of our disclaimer.", true},
		{"By using the new app, drivers said they agreed to share their location with the firm.", false},
		{"Disclosure: many of the offers on this page come from partners from which we may receive financial compensation when a reader clicks on a link, when an application is approved or when an account is opened, and this may affect how and where the offers appear on the page, though not the editors' opinions.", true},
	}
	checkPromotions(t, lines)
}

// A call to action right under the story's last paragraph goes too: the
// pass that gives back the story's last sentences runs before it.
func TestPromotionUnderTheStoryGoes(t *testing.T) {
	text := "Council closes the old library for repairs\n" +
		"The council voted on Tuesday to close the old library for six months while its leaking roof is repaired by a local firm.\n" +
		"The library's books will move to the town hall, where readers can borrow them on weekdays from nine until five.\n" +
		"Work on the roof is due to start in March, and the council expects the building to reopen before the summer holidays.\n" +
		"Fill out the form below to get our weekly newsletter delivered to your inbox every Friday.\n"
	r := Prepare(text).Finish()
	for _, l := range r.Lines {
		gone := l.Reason != ""
		if want := strings.HasPrefix(l.Text, "Fill out"); gone != want {
			t.Errorf("%q removed: %v (%q), want %v", l.Text, gone, l.Reason, want)
		}
	}
}

// Paywalls, sign-up small print, shops' offers and pleas go; a story's
// sentences about sales, sign-ups and support stay.
func TestOffersAndWallsGo(t *testing.T) {
	lines := []promoLine{
		{"Kostenlos registrieren und weiterlesen", true},
		{"Beim Kongress im März können sich Interessierte kostenlos anmelden.", false},
		{"To read the full story, please subscribe or log in to your account.", true},
		{"Already a subscriber? Log in here.", true},
		{"Get 20% off your first order with our spring offer.", true},
		{"Most retailers cut prices by up to 30% off the list price during the sale.", false},
		{"See why thousands of runners trust our shoes for every race.", true},
		{"Join our free webinar and learn how to plan a garden.", true},
		{"Ich bin mit der Verarbeitung meiner Daten einverstanden.", true},
		{"Unterstütze das Magazin schon mit 3 Euro im Monat!", true},
		{"Bitte registrieren Sie sich und beachten Sie unsere Netiquette.", true},
		{"Thousands of fans joined the march on Saturday to support the club.", false},
		{"Die Stadt will den Laden im Herbst wieder öffnen.", false},
		{"Learn how to plan a garden, and read the rest of the planting guide for beginners.", true},
		{"Wir informieren Sie regelmäßig über neue Recherchen.", true},
		{"The jury did not read the rest of the report before the verdict.", false},
		{"We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits. By clicking “Accept All”, you consent to the use of all the cookies.", true},
		{"The regulator said the site uses cookies to track readers across the web without asking them first.", false},
		{"Send me email every new post.", true},
		{"You are using a browser version with limited support for CSS.", true},
		{"Most readers were using a browser released before 2020, the survey found.", false},
		{"Free standard shipping on orders $40 or more.", true},
		{"For the latest stories and breaking news updates download the Example apps for iOS and Android.", true},
		{"DHB jetzt auch digital! Einfach hier klicken und für das digitale Heft registrieren!", true},
		{"Click here to sign up for the daily briefing.", true},
		{"The retailer ended free shipping on orders under $35 last year.", false},
		{"The bank released new apps for iOS and Android on Monday, and users said they crash.", false},
		{"Keep up with the latest and greatest in growth marketing", true},
		{"Bleiben Sie auf dem Laufenden mit unserem kostenlosen Newsletter!", true},
		{"Stop Searching & Start Winning. Talk To Our Social Media Marketing Experts", true},
		{"Keeping up with the latest rules costs small firms dearly, the survey found.", false},
		{"Bonus: we're gifting you $5K in ad credits. Just sign up and use code GET5K. Terms apply.", true},
		{"Use promo code MOVEORG to save on your move.", true},
		{"Teams that use code review tools ship fewer bugs, the study found.", false},
		{"Did you make one of my recipes? Please take a moment to leave a star rating.", true},
		{"Sie lesen gern Beispiel.de? Zeigen Sie Ihre Wertschätzung!", true},
		{"Follow us on Instagram", true},
		{"Follow the river north for two miles to reach the old mill.", false},
		{"*Werbung. Dieser Beitrag enthält Werbung für eine Modemarke.", true},
	}
	checkPromotions(t, lines)
}

// The heading and the button of a promotion's box, led by a pictograph or
// a bracket, go with it; the story's subheading beside it stays.
func TestPromotionBoxGoes(t *testing.T) {
	lines := []promoLine{
		{"The council voted on Tuesday to close the library for six months while its roof is repaired.", false},
		{"🍞 Struggling with your starter?", true},
		{"If your loaves come out flat, you are not alone.", false},
		{"Join our free workshop and learn how to bake a loaf that rises.", true},
		{"➡️ [Save your spot]", true},
		{"What the repairs will cost", false},
		{"The roof will cost 1.2 million euros, the council said.", false},
		{"✅ Roof repaired by June", false},
	}
	checkPromotions(t, lines)
}

// A long disclosure right under its label goes; the same length of story
// under a subheading stays.
func TestLabelledDisclosureGoes(t *testing.T) {
	long := strings.Repeat("The offers on this page are ranked by our editors, who test each card for months. ", 8)
	lines := []promoLine{
		{"Advertiser Disclosure", true},
		{"Many of the offers on this site come from companies from which we may receive financial compensation. " + long, true},
		{"How the cards compare", false},
		{"Card issuers pay a commission to brokers, the regulator found. " + long, false},
	}
	checkPromotions(t, lines)
}

// promoLine is a line of a page and whether the promotion pass should
// remove it.
type promoLine struct {
	text string
	gone bool
}

// checkPromotions runs the promotion pass over lines, each kept by the
// model, and holds each line's removal to what it should be.
func checkPromotions(t *testing.T, lines []promoLine) {
	t.Helper()
	units := make([]unit, len(lines))
	for i, l := range lines {
		units[i] = unit{text: l.text}
	}
	c := newCleaning(units)
	c.readVocabulary()
	for i := range c.reason {
		c.reason[i] = ""
	}
	c.dropPromotions()
	for i, l := range lines {
		if gone := c.reason[i] != ""; gone != l.gone {
			t.Errorf("%q removed: %v, want %v", l.text[:min(60, len(l.text))], gone, l.gone)
		}
	}
}

// A promotion set as a bulleted line goes; the same words as a numbered
// step of the story's instructions stay.
func TestBulletedPromotionGoes(t *testing.T) {
	units := []unit{
		{text: "The council voted on Tuesday to close the library for six months while its roof is repaired."},
		{text: "Sign up for our newsletter for tips, updates and events", list: Bullet},
		{text: "Sign up for our newsletter for tips, updates and events", list: Numbered},
	}
	c := newCleaning(units)
	c.readVocabulary()
	c.dropPromotions()
	if c.reason[1] == "" || c.reason[2] != "" || c.reason[0] != "" {
		t.Errorf("reasons %q, want the bulleted line alone removed", c.reason)
	}
}
