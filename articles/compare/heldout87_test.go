package compare

// heldOutBerg is a blind held-out set of ten events as a reader's feed
// of regional, transport, sport and economy news would hold them: a
// collision on a summer toboggan run in Austria (de, de, en, nl), a lock
// keepers' strike on a French canal (fr, fr, nl, en), the sale of a
// Swabian knitwear maker to a Portuguese group (de, de, fr, en), a Dutch
// dragon boat festival (nl, nl, de, en), a night fire drill in a Swiss
// road tunnel (fr, fr, de, en), a Flemish town banning its farmers'
// market from the village square (nl, nl, fr, en), a cyclo-cross World
// Cup round (nl, nl, fr, en), a French mineral water bottler's results
// (fr, fr, en, de) and a German state's subsidy for a regional airport
// (de, de, nl, en), and a Swiss curling final (de, fr, en).
//
// Six contradictions are planted, one each, all in the one report of its
// language in the event: the boy's age in the Dutch toboggan report (9
// against 7, second paragraph), the jobs cut in the English knitwear
// report (70 against 50, third paragraph), the hours the tunnel was
// closed in the German drill report (8 against 6, second paragraph), the
// weekday of the council vote in the French market report (Tuesday
// against Monday, third paragraph), the sales growth in the German
// bottler report (7.4% against 6.4%, second paragraph) and the yearly
// subsidy in the English airport report (€5.8 million against €8.5
// million, in the lead). The lock strike, the dragon boats, the
// cyclo-cross and the curling hold none.
//
// The traps: ages of two or three people in one event (64, 38 and 7; 56
// and 48; 49 and 16; 26, 24 and 29; 31 and 27; 49 and 57 in different
// reports); a yearly amount against its five-year total (8.5 and 42.5
// million); parts and totals (23 of 31 locks, 50 of 340 jobs, 290 kept,
// 40 Dutch and 30 Belgian of 120 barges, 20 paddlers plus drummer and
// helm); previous values (52 teams last year, €39,500 or "ruim 6.000
// euro meer", 310 staff in 2020, 71 million sales in 2026 or "drei Jahre
// zuvor", 27 million profit, 420,000 passengers in 2019, 120 people at
// the 2026 drill); rounding and hedges ("une centaine" in a headline
// against about 120, "bijna 1300", "rund 1300", "nearly 1,300", "une
// quarantaine" against 40); number formats (58,41 against 58.41 seconds,
// 3200 mètres against 3,2 km, 1 050, 2.100, 412 M€, $446 million, 1,2
// million d'euros against €1.2m); words for numbers (zes tiende,
// Vingt-trois, Cinquante, veertig); a newspaper dateline's weekday
// (Tuesday, 25 June) beside the vote on Monday; the curling scores 7:5,
// 7-5 and 5-2 and ends; a race time 1:01:12 against "1 uur, 1 minuut en
// 12 seconden".
//
// Frozen before its first run, which flagged 2 of the 6 contradictions
// (the knitwear jobs, 70 against 50, and the tunnel hours, 8 against 6)
// and 1 false disagreement, within the one the table allows; it missed
// b1nl.txt's 9 years against 7 years (the Dutch "zoontje (9)" was not
// read as the boy's age at all, only the German "(7)" was), b6fr.txt's
// Tuesday against Monday (the French "mardi soir" stood as a fact of its
// own, "mesure · Tuesday", beside the Monday vote), b8de.txt's 7.4%
// against 6.4% (the German "7,4 Prozent" stood alone beside the 6.4%)
// and b9en.txt's €5.8 million against €8.5 million (read as "€5.8
// million a year", it stood alone beside the German €8.5 million; no
// disagreement was flagged, so the value's spelling was left as it was),
// and it falsely flagged dragon-boat-festival count "teams": b4nl2: 72
// teams; b4nl: 52 teams (next year's aim of 72 teams set against last
// year's 52). No text and no value in wrong changed after the run.
//
// Fixed after, so the set is held out no longer: an age in brackets after a
// possessive ("haar zoontje (9)"); the figures of a sentence about next
// year are plans: 3/6 flagged, no false disagreement.
var heldOutBerg = []heldOutEvent{
	{"summer-toboggan-crash", map[string]string{
		"b1de.txt": `de|Rodelunfall in Sankt Wendling: Drei Verletzte auf Sommerrodelbahn

Chronik | Salzburg

Sankt Wendling, 11. August 2030 (APA)

Bei einem Auffahrunfall auf der Sommerrodelbahn am Hochmooskogel in Sankt Wendling im Pinzgau sind am Sonntagnachmittag drei Menschen verletzt worden, einer davon schwer. Ein 64-jähriger Deutscher hatte seinen Schlitten laut Polizei gegen 14.30 Uhr rund 600 Meter vor der Talstation aus bisher ungeklärter Ursache angehalten.

Eine 38-jährige Niederländerin, die mit ihrem siebenjährigen Sohn im nachfolgenden Schlitten saß, konnte nicht mehr rechtzeitig bremsen und fuhr auf. Der Mann erlitt schwere Rückenverletzungen und wurde mit dem Notarzthubschrauber ins Landeskrankenhaus Salzburg geflogen. Mutter und Sohn wurden leicht verletzt in das Krankenhaus Zell am See gebracht.

Die 2,4 Kilometer lange Bahn wurde bis auf Weiteres gesperrt. Die Polizei ermittelt.`,
		"b1de2.txt": `de|Auffahrunfall auf der Hochmoos-Rodelbahn: Bahn vorerst gesperrt

Pinzgau | Lokales

Von Andrea Steiner | 11.08.2030, 19:42

Schwerer Unfall am Sonntag auf dem Alpine Coaster am Hochmooskogel: Zwei Schlitten sind auf der Talfahrt zusammengestoßen. Ein Urlauber aus dem Raum Rosenheim (64) wurde schwer verletzt, eine Frau (38) und ihr Sohn (7) aus den Niederlanden kamen mit Prellungen davon.

Der Deutsche war nach Angaben der Polizei in einer Linkskurve stehen geblieben. Warum, ist noch unklar. Die Niederländerin prallte mit ihrem Schlitten von hinten gegen ihn. Die Bergrettung Sankt Wendling und der Notarzthubschrauber waren rasch vor Ort.

"Die Bahn ist technisch einwandfrei, sie wurde erst im Mai vom TÜV geprüft", sagt Markus Hollaus, Geschäftsführer der Hochmoos Bergbahnen. Auf der Strecke seien Schilder angebracht, die einen Mindestabstand von 25 Metern vorschreiben. Die Schlitten erreichen bis zu 40 km/h.

Die Rodelbahn ist seit 2016 in Betrieb und zählte im vergangenen Jahr rund 150.000 Fahrten. 2027 waren bei einem ähnlichen Unfall zwei Personen leicht verletzt worden.

Mehr zum Thema: Sommerbilanz der Pinzgauer Bergbahnen`,
		"b1en.txt": `en|Three hurt as toboggan sleds collide on Austrian alpine coaster

Austria | News

Published: 11 Aug 2030 21:05 CET

Three people, including a child, were injured on Sunday when two sleds collided on a summer toboggan run in the Austrian village of Sankt Wendling, near Zell am See, police said.

A 64-year-old German man stopped his sled for unknown reasons about 600 metres before the bottom station at around 2.30pm, and the sled behind him, carrying a 38-year-old Dutch woman and her seven-year-old son, crashed into it.

The man suffered serious back injuries and was flown to hospital in Salzburg by helicopter. The mother and child were slightly hurt.

The operator, Hochmoos Bergbahnen, said the 2.4km track had passed a safety inspection in May. Signs tell riders to keep a distance of at least 25 metres, and the sleds reach speeds of up to 40km/h. The run has been closed while police investigate.`,
		"b1nl.txt": `nl|Apeldoornse moeder en zoontje gewond bij botsing op rodelbaan in Oostenrijk

Buitenland

Door onze verslaggever | 12 augustus 2030, 07:15

Een vrouw uit Apeldoorn en haar zoontje zijn zondag lichtgewond geraakt bij een ongeluk op een zomerrodelbaan in het Oostenrijkse Sankt Wendling. Hun slee botste van achteren op de slee van een Duitse man die midden op de baan was gestopt.

De vrouw (38) en haar zoontje (9) werden met kneuzingen naar het ziekenhuis in Zell am See gebracht. Zij konden dezelfde avond terug naar hun vakantieadres. De 64-jarige Duitser raakte zwaargewond aan zijn rug en is met een traumahelikopter naar Salzburg gevlogen.

Het ongeluk gebeurde rond half drie, zo'n 600 meter voor het dalstation van de 2,4 kilometer lange baan. Waarom de man stopte, is nog onduidelijk. De politie onderzoekt de zaak.

De exploitant laat weten dat de baan in mei nog werd gekeurd. Rodelaars moeten minstens 25 meter afstand houden. De baan is voorlopig gesloten.`,
	}, map[string][2]string{"b1nl.txt": {"9 years", "7 years"}}},
	{"lock-keepers-strike", map[string]string{
		"b2fr.txt": `fr|Grève des éclusiers : le canal de la Vesnière paralysé pour 48 heures

Région | Économie

Publié le 08/10/2030 à 12h31

Depuis ce mardi 6 heures, plus aucune péniche ne circule sur le canal de la Vesnière entre Cambrai et la frontière belge. À l'appel du Syndicat autonome des personnels des voies d'eau (SAPVE), les éclusiers ont cessé le travail pour 48 heures : 23 des 31 écluses du canal sont fermées.

Environ 120 bateaux étaient bloqués mardi midi, dont une quarantaine de néerlandais et une trentaine de belges, selon Voies navigables de France.

« Nous étions 310 en 2020, nous ne sommes plus que 245. On ne peut plus assurer la sécurité », explique Patrice Delvallez, 49 ans, éclusier à Marquiel et délégué du SAPVE. Le syndicat réclame l'embauche de 35 agents.

La dernière grève, en 2027, avait duré cinq jours.`,
		"b2fr2.txt": `fr|Nord: les éclusiers en grève, une centaine de péniches à quai

PARIS, 8 oct 2030 (AFP) - Les éclusiers du canal de la Vesnière (Nord) ont entamé mardi une grève de 48 heures pour réclamer des renforts, immobilisant environ 120 bateaux de commerce, a-t-on appris auprès de Voies navigables de France (VNF).

Vingt-trois écluses sur 31 étaient fermées mardi matin, a précisé VNF, qui dit « comprendre les inquiétudes » des agents mais juge la revendication de 35 embauches « hors de portée budgétaire ».

Selon la Fédération des transporteurs fluviaux du Nord, chaque jour de blocage coûte environ 1,2 million d'euros au secteur. Une péniche de type Freycinet transporte jusqu'à 350 tonnes de marchandises, les plus grands automoteurs jusqu'à 2 500 tonnes.

Le mouvement doit prendre fin jeudi à 6 heures.

ahl/pb`,
		"b2nl.txt": `nl|Staking sluiswachters legt Frans Vesnière-kanaal 48 uur plat

Binnenvaart | Actueel

8 oktober 2030

Door een staking van de sluiswachters ligt sinds dinsdagochtend 6.00 uur de scheepvaart op het Franse kanaal van de Vesnière, tussen Kamerijk en de Belgische grens, stil. Volgens beheerder VNF zijn 23 van de 31 sluizen dicht.

Zo'n 120 schepen liggen vast, onder wie ongeveer veertig Nederlandse. "We liggen hier sinds dinsdagochtend voor de sluis van Marquiel, met 1.800 ton graan aan boord", zegt schipper Gerrit Wolthuis (57) uit Werkendam. "Elke dag stilliggen kost mij zo'n 2.000 euro."

De bonden eisen 35 extra sluiswachters. Het aantal personeelsleden op het kanaal daalde sinds 2020 van 310 naar 245. De staking duurt tot donderdagochtend 6.00 uur.

Lees ook: Maasroute weer open na onderhoud`,
		"b2en.txt": `en|French lock keepers strike, stranding 120 barges near Belgian border

Inland shipping

By Claire Ashdown | 8 October 2030

Around 120 inland vessels were stuck on the Vesnière canal in northern France on Tuesday after lock keepers began a 48-hour strike over staffing, waterways operator VNF said.

Twenty-three of the canal's 31 locks were shut from 6am on Tuesday. About 40 of the stranded vessels are Dutch-flagged and some 30 Belgian.

The union representing the lock keepers wants 35 more staff, saying headcount has fallen to 245 from 310 in 2020. A regional carriers' federation put the cost to the sector at around €1.2m a day.

The last strike on the waterway, in 2027, lasted five days. The stoppage is due to end at 6am on Thursday.`,
	}, nil},
	{"knitwear-plant-sale", map[string]string{
		"b3de.txt": `de|Portugiesen übernehmen Trikotagen Baumeister

Wirtschaft | Zollernalb

Albstetten, 3. Juli 2030

Der Albstetter Strickwarenhersteller Trikotagen Baumeister wird verkauft. Neuer Eigentümer wird die portugiesische Sorvera-Gruppe aus Barcelos, wie beide Unternehmen am Mittwoch mitteilten. Über den Kaufpreis wurde Stillschweigen vereinbart.

Von den 340 Arbeitsplätzen in Albstetten sollen 290 erhalten bleiben. 50 Stellen fallen bis Ende 2031 weg, der Abbau soll möglichst über Altersteilzeit erfolgen. "Ohne einen starken Partner hätten wir die nächsten Jahre nicht überstanden", sagte Geschäftsführerin Claudia Baumeister (56), die das 1921 gegründete Familienunternehmen in vierter Generation führt.

Der Umsatz war zuletzt deutlich gesunken: von 71 Millionen Euro im Jahr 2026 auf 58 Millionen Euro 2029. Sorvera beschäftigt rund 2100 Menschen in fünf Werken und setzt etwa 260 Millionen Euro um.

Das Bundeskartellamt muss dem Verkauf noch zustimmen. Der Abschluss wird für den Herbst erwartet.`,
		"b3de2.txt": `de|Sorvera kauft schwäbischen Strickwarenhersteller Baumeister

ALBSTETTEN (dpa-AFX) - Der portugiesische Textilkonzern Sorvera übernimmt den Strickwarenhersteller Trikotagen Baumeister von der Schwäbischen Alb. Ein Kaufpreis wurde am Mittwoch nicht genannt. Baumeister hatte 2029 einen Umsatz von 58 Millionen Euro erzielt, nach 71 Millionen drei Jahre zuvor.

Im Zuge der Übernahme sollen am Standort Albstetten 50 der 340 Stellen abgebaut werden. Sorvera-Chef Nuno Cardeira kündigte Investitionen in neue Strickmaschinen an. Die Gruppe mit Sitz in Barcelos beschäftigt rund 2.100 Mitarbeiter.

Der Vollzug steht unter dem Vorbehalt der Zustimmung des Bundeskartellamts./hme/jha`,
		"b3fr.txt": `fr|Maille : le portugais Sorvera rachète l'allemand Baumeister

Industrie

Le 4 juillet 2030

Le groupe portugais Sorvera, spécialiste de la maille basé à Barcelos, a annoncé mercredi le rachat de Trikotagen Baumeister, fabricant allemand de sous-vêtements et de pulls installé à Albstetten, dans le Bade-Wurtemberg. Le montant de la transaction n'a pas été divulgué.

Fondée en 1921, l'entreprise familiale emploie 340 personnes et a réalisé un chiffre d'affaires de 58 millions d'euros en 2029, contre 71 millions en 2026. Cinquante postes seront supprimés d'ici fin 2031.

Avec cette acquisition, Sorvera, qui compte quelque 2 100 salariés et cinq usines, vise le marché germanophone. « L'Allemagne est notre premier client », a souligné son PDG, Nuno Cardeira.`,
		"b3en.txt": `en|Portugal's Sorvera buys German knitwear maker Baumeister

Sourcing | Mergers & acquisitions

4 July 2030

Portuguese knitwear group Sorvera has agreed to buy Trikotagen Baumeister, a family-owned German manufacturer of knitted underwear and sweaters, for an undisclosed sum.

Baumeister, founded in 1921 and based in Albstetten in south-west Germany, had sales of €58m in 2029, down from €71m in 2026. Managing director Claudia Baumeister, 56, represents the fourth generation of the family.

About 70 of the 340 jobs at the plant will go by the end of 2031, mostly through early retirement. Sorvera chief executive Nuno Cardeira, 48, said the group would invest in new knitting machines at the site.

Sorvera employs around 2,100 people at five plants and has annual sales of about €260m. The deal requires approval from Germany's Federal Cartel Office.`,
	}, map[string][2]string{"b3en.txt": {"70", "50"}}},
	{"dragon-boat-festival", map[string]string{
		"b4nl.txt": `nl|Recordaantal teams bij Drakenbootfestival Hoornwijk

Hoornwijk | Sport

15 juni 2030, 18:40

Met 64 teams was het Drakenbootfestival op de Hoornwijkerplas zaterdag groter dan ooit. Vorig jaar deden er nog 52 teams mee. Volgens de organisatie kwamen zo'n 18.000 bezoekers kijken.

De finale over 250 meter werd gewonnen door de Lakeside Dragons uit Hoornwijk in 58,41 seconden. Het Duitse team Drachenboot Reeser Meer werd tweede, op zes tiende seconde.

"Nog nooit zoveel teams, en dan ook nog dit weer", zei voorzitter Evert Jan Kloosterman van de Stichting Drakenbootfestival. Het festival bracht 46.000 euro op voor hospice De Lindehof.`,
		"b4nl2.txt": `nl|Hoornwijkse Lakeside Dragons winnen eigen drakenbootfestival

Regio

Door Marloes ter Haar

HOORNWIJK - Bijna 1300 peddelaars in 64 boten, duizenden toeschouwers op de kant en een thuisploeg die met de hoofdprijs ging strijken: het elfde Drakenbootfestival op de Hoornwijkerplas was zaterdag een feest.

In elke boot zitten twintig peddelaars, een trommelaar en een stuurman. De Lakeside Dragons legden de 250 meter in de finale af in 58,41 seconden, 0,6 seconde sneller dan de Duitsers uit Rees.

Het festival haalde 46.000 euro op voor hospice De Lindehof, ruim 6.000 euro meer dan vorig jaar. Volgend jaar wil de organisatie uitbreiden naar 72 teams.`,
		"b4de.txt": `de|Reeser Drachenboot-Team paddelt in Holland auf Platz zwei

Rees | Lokalsport

Von Jörg Terhoeven

Knapp geschlagen, aber glücklich: Das Drachenboot-Team Reeser Meer hat beim Drachenbootfestival im niederländischen Hoornwijk am Samstag den zweiten Platz belegt. Im Finale über 250 Meter fehlten den Reesern nur sechs Zehntelsekunden auf die Gastgeber von den Lakeside Dragons.

"Wir sind mit einem Top-Start rausgekommen, am Ende hat es nicht ganz gereicht", sagte Teamkapitänin Sabine Terhorst (49). Jüngster Paddler im Boot war der 16-jährige Lukas Bongers.

Insgesamt gingen 64 Teams mit rund 1300 Paddlern an den Start. Die Reeser waren bereits zum fünften Mal dabei; 2028 hatten sie Rang vier erreicht.`,
		"b4en.txt": `en|Record turnout for Hoornwijk dragon boat festival

Dutch news | Sport

June 15, 2030

A record 64 teams took part in the dragon boat festival on Hoornwijk lake on Saturday, up from 52 last year, with nearly 1,300 paddlers and an estimated 18,000 spectators, the organisers said.

Home team Lakeside Dragons won the 250-metre final in 58.41 seconds, just six-tenths of a second ahead of a German crew from Rees.

The event raised €46,000 for a local hospice, up from €39,500 in 2029. Each boat carries 20 paddlers, a drummer and a helmsman.`,
	}, nil},
	{"tunnel-fire-drill", map[string]string{
		"b5fr.txt": `fr|Exercice nocturne : un car en feu simulé dans le tunnel du Mont-Vellard

Valais | Sécurité

Par Sophie Mottier | 17.11.2030, 10:12

Un car en flammes à 3200 mètres du portail sud, une quarantaine de passagers à évacuer et une épaisse fumée : c'est le scénario de l'exercice grandeur nature qui s'est déroulé dans la nuit de samedi à dimanche dans le tunnel routier du Mont-Vellard, long de 7,8 kilomètres.

Quelque 150 personnes y ont pris part, dont 60 sapeurs-pompiers des centres de Vellard et de Saint-Léonce, 25 ambulanciers et des policiers. Le tunnel a été fermé à la circulation pendant six heures, de 22 h à 4 h.

« Les premiers pompiers étaient sur place après neuf minutes, c'est conforme à nos objectifs », s'est félicité le commandant Jean-Daniel Rappaz. Tous les figurants avaient rejoint les abris de sécurité en 35 minutes.

Le dernier exercice de cette ampleur remonte à 2026. Il avait mobilisé 120 personnes.`,
		"b5fr2.txt": `fr|Exercice d'envergure dans le tunnel du Mont-Vellard (VS)

Sion (ats) Quelque 150 intervenants ont participé dans la nuit de samedi à dimanche à un exercice de sauvetage dans le tunnel routier du Mont-Vellard. Le scénario simulait l'incendie d'un autocar avec 40 passagers à bord, a indiqué dimanche la police cantonale valaisanne.

L'ouvrage, ouvert en 1986, a été fermé six heures durant. La galerie de sécurité parallèle, achevée en 2015 pour 180 millions de francs, a permis l'évacuation de tous les figurants.

Les ventilateurs ont extrait jusqu'à 200 mètres cubes de fumée par seconde, a précisé la police.`,
		"b5de.txt": `de|Grossübung im Mont-Vellard-Tunnel: Feuer im Reisecar

Wallis

17. November 2030

Rund 150 Einsatzkräfte haben in der Nacht auf Sonntag im Strassentunnel am Mont-Vellard den Ernstfall geprobt. Angenommen wurde ein Brand eines Reisecars mit 40 Passagieren, 3,2 Kilometer nach dem Südportal.

Der 7,8 Kilometer lange Tunnel war dafür während acht Stunden für den Verkehr gesperrt. Im Einsatz standen unter anderem 60 Feuerwehrleute aus dem Unter- und dem Mittelwallis sowie 25 Sanitäter.

Die ersten Feuerwehrleute seien nach neun Minuten beim Car gewesen, sagte Kommandant Jean-Daniel Rappaz. Nach 35 Minuten hätten sich alle Figuranten in den Schutzräumen befunden. Die Lüftung sog bis zu 200 Kubikmeter Rauch pro Sekunde ab.

Die letzte vergleichbare Übung hatte 2026 stattgefunden.`,
		"b5en.txt": `en|Swiss emergency crews simulate coach fire in Alpine road tunnel

Some 150 firefighters, paramedics and police officers took part in an overnight exercise in the 7.8km Mont-Vellard road tunnel in canton Valais, simulating a fire on a coach carrying 40 passengers.

The tunnel was closed to traffic for six hours from 10pm on Saturday. The scenario placed the burning coach 3.2km inside the tunnel from the southern entrance.

The first firefighters reached the scene after nine minutes, and all the volunteers playing passengers had reached the emergency shelters within 35 minutes, fire commander Jean-Daniel Rappaz said. A similar exercise in 2026 involved 120 people.

Keystone-SDA/ts`,
	}, map[string][2]string{"b5de.txt": {"8 hours", "6 hours"}}},
	{"farmers-market-ban", map[string]string{
		"b6nl.txt": `nl|Ternebeek verbant boerenmarkt van Dorpsplein

Regio | Vlaams-Brabant

25/06/2030 om 06:00 door Koen Vanderhaegen

De zondagse boerenmarkt in Ternebeek moet vanaf 1 september verhuizen van het Dorpsplein naar de parking van het sportpark. Dat heeft de gemeenteraad maandagavond beslist na klachten van buurtbewoners over lawaai en parkeeroverlast.

Het voorstel werd goedgekeurd met 17 stemmen voor, 10 tegen en 2 onthoudingen. "Het Dorpsplein is geen parking en geen markthal", zei burgemeester Hilde Vanwesemael. "Op de nieuwe locatie is er plaats voor 300 auto's."

Bij de 38 marktkramers valt de beslissing slecht. "Ik sta hier al 22 jaar. Op die parking komt niemand kijken", zegt kaasmaakster Marie-Louise Dewit (61). Een petitie tegen de verhuizing kreeg 3.400 handtekeningen.`,
		"b6nl2.txt": `nl|Boerenmarkt moet weg van Dorpsplein: "Een schande"

Ternebeek

De boerenmarkt van Ternebeek, die sinds 1994 elke zondagochtend op het Dorpsplein staat, moet vanaf september naar de sportparking. De gemeenteraad keurde het verbod op maandag goed.

Oppositieraadslid Bart Goossenaerts spreekt van "een schande". "Elke zondag komen hier zo'n 2.500 mensen. Die markt is het hart van het dorp." Volgens hem negeerde de meerderheid een petitie met 3.400 handtekeningen.

De marktkramers overwegen een klacht bij de gouverneur. De verhuizing gaat in op zondag 1 september.`,
		"b6fr.txt": `fr|Ternebeek chasse son marché fermier de la place du village

Brabant flamand

Publié le 25-06-2030 à 14h05

À partir du 1er septembre, le marché fermier du dimanche de Ternebeek, commune de la périphérie bruxelloise, ne pourra plus s'installer sur la place du village (Dorpsplein). Les 38 exposants devront déménager sur le parking du complexe sportif.

Les riverains se plaignaient depuis des années du bruit et des problèmes de stationnement. Le marché, créé en 1994, attire environ 2 500 visiteurs chaque semaine.

Le conseil communal a approuvé la mesure mardi soir, par 17 voix contre 10 et 2 abstentions. La bourgmestre, Hilde Vanwesemael, assure que le nouveau site offre 300 places de stationnement. Une pétition des commerçants a recueilli 3 400 signatures.`,
		"b6en.txt": `en|Flemish town moves popular farmers' market off village square

Belgium | Local

Tuesday, 25 June 2030

The municipal council of Ternebeek, a town on the outskirts of Brussels, voted on Monday night to ban the weekly Sunday farmers' market from the village square from 1 September, moving it to a sports centre car park.

Mayor Hilde Vanwesemael said the decision followed years of complaints from residents about noise and parking. The measure passed by 17 votes to 10, with two abstentions.

Stallholders said the move could kill the market, which has been held on the square since 1994 and draws around 2,500 visitors every Sunday. A petition against the move gathered 3,400 signatures, and one cheesemaker, 61, said she had sold there for 22 years.`,
	}, map[string][2]string{"b6fr.txt": {"Tuesday", "Monday"}}},
	{"cyclocross-world-cup", map[string]string{
		"b7nl.txt": `nl|Van Heesbeek soleert naar zege in Baalhoven, Broersma wint bij de vrouwen

Veldrijden | Wereldbeker

zo 24 nov 2030 15:58

Jorn van Heesbeek heeft de wereldbekermanche in Baalhoven gewonnen. De 26-jarige Nederlander reed in de vijfde van negen ronden weg bij Senne Vermaelen en hield zijn voorsprong tot de streep. Vermaelen werd tweede op 14 seconden, Robbe De Clercq werd derde op 31 seconden.

Het is al de derde wereldbekerzege van het seizoen voor Van Heesbeek. In het klassement leidt hij nu met 215 punten, 22 meer dan Vermaelen.

Bij de vrouwen was Lieke Broersma (24) de sterkste. Zij won solo met 8 seconden voorsprong.

Zo'n 21.000 toeschouwers trotseerden de regen op het zware, modderige parcours van 3,1 kilometer.`,
		"b7nl2.txt": `nl|Vermaelen moet Van Heesbeek laten gaan in modderbad

Sport | Veldrijden

Senne Vermaelen (29) is er niet in geslaagd om zijn zege van vorig jaar in Baalhoven te herhalen. De Kempenaar moest in de vijfde ronde lossen op Jorn van Heesbeek en kwam als tweede over de streep, 14 tellen na de Nederlander.

"Jorn was vandaag gewoon beter, ik had geen benen in de zandstroken", gaf Vermaelen toe. Robbe De Clercq vervolledigde het podium.

Van Heesbeek deed er 1 uur, 1 minuut en 12 seconden over. Hij pakte zijn derde wereldbekerzege dit seizoen en heeft nu 22 punten voorsprong in de stand.`,
		"b7fr.txt": `fr|Coupe du monde de cyclocross : Van Heesbeek s'impose à Baalhoven

Sports | Cyclisme

Le Néerlandais Jorn van Heesbeek (26 ans) a remporté dimanche la manche de Coupe du monde de Baalhoven, devant les Belges Senne Vermaelen, à 14 secondes, et Robbe De Clercq, à 31 secondes.

Parti seul au cinquième des neuf tours, Van Heesbeek a signé sa troisième victoire de la saison en Coupe du monde. Il compte désormais 215 points au classement général, 22 de plus que Vermaelen, 29 ans.

Chez les dames, victoire de la Néerlandaise Lieke Broersma, 24 ans, avec 8 secondes d'avance.

Environ 21 000 spectateurs s'étaient massés le long du parcours.`,
		"b7en.txt": `en|Van Heesbeek solos to third World Cup win of the season in Baalhoven

Cyclo-cross

By Tom Ridley | Sunday, November 24, 2030

Jorn van Heesbeek took his third World Cup victory of the season on Sunday, escaping from Senne Vermaelen on the fifth of nine laps in Baalhoven and finishing 14 seconds clear of the Belgian. Robbe De Clercq was third at 31 seconds.

The 26-year-old Dutchman covered the muddy 3.1km course in a winning time of 1:01:12 and now leads the overall standings on 215 points, 22 ahead of Vermaelen.

"The sand sections were really hard today, I just rode my own pace," Van Heesbeek said. Vermaelen, 29, had won in Baalhoven last year.

Lieke Broersma, 24, won the women's race by eight seconds. A crowd of around 21,000 braved the rain.`,
	}, nil},
	{"mineral-water-results", map[string]string{
		"b8fr.txt": `fr|Eaux de Vérenne : le chiffre d'affaires progresse de 6,4 %

Industrie & Services | Agroalimentaire

Publié le 21 mars 2030 à 8h30

Le minéralier auvergnat Eaux de Vérenne a publié jeudi un chiffre d'affaires de 412 millions d'euros pour 2029, en hausse de 6,4 %. Le bénéfice net atteint 31 millions d'euros, contre 27 millions un an plus tôt.

Les volumes ont progressé de 3 %, à 1,1 milliard de bouteilles, malgré la sécheresse de l'été : un arrêté préfectoral a contraint l'entreprise à réduire ses prélèvements de 10 % pendant sept semaines.

« Nous avons su compenser par le prix et par nos marques premium », explique la directrice générale, Anne-Sophie Guérineau. Le groupe, qui emploie 1 050 salariés, va investir 60 millions d'euros dans une nouvelle ligne d'embouteillage en verre d'ici à 2032, avec 45 emplois à la clé.`,
		"b8fr2.txt": `fr|Saint-Amand-de-Vérenne : l'embouteilleur investit 60 millions et va recruter

Puy-de-Dôme | Économie

Bonne nouvelle pour le bassin de Saint-Amand-de-Vérenne : Eaux de Vérenne va créer 45 emplois avec sa future ligne d'embouteillage en verre, un investissement de 60 millions d'euros. Les travaux doivent démarrer à l'automne.

L'entreprise, premier employeur privé du secteur avec 1 050 salariés, a présenté jeudi des résultats en nette hausse : 412 M€ de chiffre d'affaires (+6,4 %) et un bénéfice de 31 M€.

L'été dernier, la sécheresse avait pourtant obligé le site à limiter ses pompages pendant sept semaines. « Cette ressource, nous devons la protéger », insiste Anne-Sophie Guérineau, 52 ans, à la tête de l'entreprise depuis 2024.`,
		"b8en.txt": `en|French mineral water maker Eaux de Vérenne lifts profit, plans glass line

PARIS, March 21 (Reuters) - French mineral water bottler Eaux de Vérenne on Thursday reported a 6.4% rise in 2029 sales to 412 million euros ($446 million) and said it would invest 60 million euros in a new glass bottling line.

Net profit rose to 31 million euros from 27 million, the company said, as higher prices and premium brands offset a drought-related cut in water extraction last summer.

Volumes grew 3% to 1.1 billion bottles. The company was ordered to reduce extraction by 10% for seven weeks, it said.

(Reporting by Julien Marchetti; Editing by Susan Pryor)`,
		"b8de.txt": `de|Eaux de Vérenne wächst trotz Dürre

Industrie | Getränke

21.03.2030

Der französische Mineralbrunnen Eaux de Vérenne hat 2029 einen Umsatz von 412 Millionen Euro erzielt. Der Nettogewinn stieg auf 31 Millionen Euro, nach 27 Millionen im Vorjahr.

Der Umsatz legte damit um 7,4 Prozent zu, obwohl das Unternehmen im Sommer wegen der Trockenheit sieben Wochen lang 10 Prozent weniger Wasser fördern durfte. Abgesetzt wurden 1,1 Milliarden Flaschen.

Für 60 Millionen Euro baut der Brunnen in der Auvergne eine neue Glasabfüllung. Dadurch entstehen 45 Arbeitsplätze.`,
	}, map[string][2]string{"b8de.txt": {"7.4%", "6.4%"}}},
	{"regional-airport-subsidy", map[string]string{
		"b9de.txt": `de|Land stützt Flughafen Eifelhöhe mit 42,5 Millionen Euro

SWR Aktuell Rheinland-Pfalz

Stand: 9.4.2030, 16:20 Uhr

Der defizitäre Regionalflughafen Eifelhöhe bekommt vom Land in den kommenden fünf Jahren insgesamt 42,5 Millionen Euro. Das hat der Ministerrat am Dienstag in Mainz beschlossen. Pro Jahr fließen damit 8,5 Millionen Euro.

Verkehrsministerin Katrin Lehmeier sagte, der Flughafen sichere rund 280 direkte Arbeitsplätze und sei für die Region unverzichtbar. Die EU-Kommission muss die Beihilfe noch genehmigen.

Im vergangenen Jahr hatte der Flughafen einen Verlust von 11,2 Millionen Euro gemacht. Die Zahl der Passagiere lag bei 310.000, vor der Pandemie waren es 2019 noch 420.000.`,
		"b9de2.txt": `de|Millionen für die Eifelhöhe: Grüne sprechen von "Fass ohne Boden"

Region | Wirtschaft

Von Martin Hoffeld

Kelberath. Die Landesregierung hält am Flughafen Eifelhöhe fest: 8,5 Millionen Euro jährlich soll der Airport bis 2034 erhalten, zusammen 42,5 Millionen. Die Grünen im Landtag kritisieren die Entscheidung scharf.

"Das ist ein Fass ohne Boden. Jeder Passagier wird mit rund 27 Euro subventioniert", sagte die verkehrspolitische Sprecherin Anja Rübsamen. Flughafenchef Heiko Stallmann (58) hält dagegen: Mit neuen Verbindungen der niederländischen Gesellschaft Vlinder Air werde man 2031 wieder schwarze Zahlen schreiben.

Mit 280 Beschäftigten ist der Flughafen einer der größten Arbeitgeber im Landkreis.`,
		"b9nl.txt": `nl|Duitse deelstaat pompt miljoenen in vliegveld Eifelhöhe, Vlinder Air breidt uit

Luchtvaart

9 april 2030

De deelstaat Rijnland-Palts steunt de regionale luchthaven Eifelhöhe de komende vijf jaar met in totaal 42,5 miljoen euro, oftewel 8,5 miljoen per jaar. De Europese Commissie moet de steun nog goedkeuren.

De luchthaven, op zo'n 120 kilometer van de Nederlandse grens, verwerkte vorig jaar 310.000 passagiers, ruim een kwart minder dan in 2019. Het verlies bedroeg 11,2 miljoen euro.

De Eindhovense prijsvechter Vlinder Air, de grootste klant van de luchthaven, opent in het najaar drie nieuwe routes vanaf Eifelhöhe, onder meer naar Faro en Split.`,
		"b9en.txt": `en|German state approves five-year aid package for loss-making Eifelhöhe airport

Airports | Europe

April 9, 2030

The government of the German state of Rhineland-Palatinate on Tuesday approved subsidies of €5.8 million a year for the next five years to keep the regional Eifelhöhe airport running, subject to approval by the European Commission.

The airport, which employs about 280 people, made a loss of €11.2 million in 2029. It handled 310,000 passengers last year, down from 420,000 in 2019.

Transport minister Katrin Lehmeier said the airport was "indispensable for the region". Airport chief executive Heiko Stallmann, 58, expects a return to profit in 2031, helped by new routes from Dutch low-cost carrier Vlinder Air.`,
	}, map[string][2]string{"b9en.txt": {"€5.8 million", "€8.5 million"}}},
	{"curling-final", map[string]string{
		"b10de.txt": `de|Gasser holt seinen dritten Schweizer Meistertitel

Curling | Sport

17.02.2030, 18:05

Das Team des CC Aareblick um Skip Reto Gasser ist Schweizer Meister. Im Final in Lauterbrüggen setzten sich die Berner gegen den CC Lac-Léman Genève mit Skip Yannick Berthod mit 7:5 nach einem Zusatzend durch.

Die Genfer hatten im neunten End mit einem Dreierhaus zum 5:5 ausgeglichen, das zehnte End blieb ohne Punkte. Im Zusatzend schrieb Gasser mit dem letzten Stein zwei Punkte.

Für den 31-jährigen Gasser ist es nach 2026 und 2028 der dritte Titel. Das Team vertritt die Schweiz Ende März an der Weltmeisterschaft in Kanada. Rund 1100 Zuschauer verfolgten den Final.`,
		"b10fr.txt": `fr|Curling : Reto Gasser sacré champion de Suisse

Sports

Lauterbrüggen (ats) Le CC Aareblick du skip Reto Gasser a remporté dimanche le titre de champion de Suisse masculin. En finale, les Bernois ont battu 7-5 le CC Lac-Léman Genève de Yannick Berthod, 27 ans, au terme d'un end supplémentaire.

Menés 5-2 après huit ends, les Genevois avaient égalisé grâce à un coup de trois au neuvième end. Gasser, 31 ans, a fait la différence avec sa dernière pierre.

C'est le troisième titre national pour le skip bernois, après 2026 et 2028. Son équipe représentera la Suisse aux Championnats du monde fin mars au Canada.`,
		"b10en.txt": `en|Gasser wins third Swiss men's title in extra end

Swiss Curling Championships

17 February 2030

Team Gasser of CC Aareblick won the Swiss men's championship on Sunday, beating Yannick Berthod's CC Lac-Léman Genève 7-5 after an extra end in the final in Lauterbrüggen.

Geneva had trailed 5-2 after eight ends before scoring three in the ninth. After a blank tenth end, skip Reto Gasser, 31, drew for two with his last stone in the 11th.

It is Gasser's third national title, after 2026 and 2028, and his team will represent Switzerland at the world championship in Canada at the end of March. About 1,100 spectators watched the final.`,
	}, nil},
}
