package facts

import "strings"

// countries maps country names and common aliases, in several languages,
// to one canonical English name. General knowledge, not tied to any story.
var countries = func() map[string]string {
	table := map[string]string{
		"United States":  "US|U.S.|U.S|USA|U.S.A.|America|United States of America|États-Unis|Etats-Unis|Vereinigte Staaten|Estados Unidos|Stati Uniti",
		"United Kingdom": "UK|U.K.|U.K|Britain|Great Britain|Royaume-Uni|Großbritannien|Vereinigtes Königreich|Reino Unido|Regno Unito",
		"China":          "Chine|Cina|People's Republic of China",
		"Japan":          "Japon|Japón|Giappone|Japão",
		"Germany":        "Allemagne|Deutschland|Alemania|Germania|Alemanha",
		"France":         "Frankreich|Francia|França",
		"Italy":          "Italie|Italien|Italia|Itália",
		"Spain":          "Espagne|Spanien|España|Spagna|Espanha",
		"Canada":         "Kanada|Canadá",
		"Australia":      "Australie|Australien|Austrália",
		"New Zealand":    "Nouvelle-Zélande|Neuseeland|Nueva Zelanda|Nuova Zelanda|Nova Zelândia",
		"India":          "Inde|Indien|Índia",
		"Russia":         "Russie|Russland|Rusia|Rússia",
		"Taiwan":         "Taïwan|Taiwán",
		"South Korea":    "Korea|Corée du Sud|Südkorea|Corea del Sur|Corea del Sud",
		"North Korea":    "Corée du Nord|Nordkorea|Corea del Norte|Corea del Nord",
		"Brazil":         "Brésil|Brasilien|Brasil|Brasile",
		"Mexico":         "Mexique|Mexiko|México|Messico",
		"Netherlands":    "Pays-Bas|Niederlande|Países Bajos|Paesi Bassi|Holland",
		"Belgium":        "Belgique|Belgien|Bélgica|Belgio",
		"Switzerland":    "Suisse|Schweiz|Suiza|Svizzera",
		"Austria":        "Autriche|Österreich",
		"Poland":         "Pologne|Polen|Polonia|Polska",
		"Sweden":         "Suède|Schweden|Suecia|Svezia",
		"Norway":         "Norvège|Norwegen|Noruega|Norvegia",
		"Denmark":        "Danemark|Dänemark|Dinamarca|Danimarca",
		"Finland":        "Finlande|Finnland|Finlandia",
		"Ireland":        "Irlande|Irland|Irlanda",
		"Portugal":       "",
		"Greece":         "Grèce|Griechenland|Grecia",
		"Turkey":         "Turquie|Türkei|Turquía|Turchia|Türkiye",
		"Iran":           "",
		"Iraq":           "Irak",
		"Israel":         "Israël",
		"Egypt":          "Égypte|Ägypten|Egipto|Egitto",
		"Saudi Arabia":   "Arabie saoudite|Saudi-Arabien|Arabia Saudita",
		"Ukraine":        "Ucrania|Ucraina",
		"South Africa":   "Afrique du Sud|Südafrika|Sudáfrica",
		"Nigeria":        "",
		"Kenya":          "",
		"Argentina":      "Argentine|Argentinien",
		"Chile":          "Chili",
		"Colombia":       "Colombie|Kolumbien",
		"Indonesia":      "Indonésie|Indonesien",
		"Vietnam":        "Viêt Nam",
		"Thailand":       "Thaïlande|Tailandia",
		"Malaysia":       "Malaisie",
		"Singapore":      "Singapour|Singapur",
		"Philippines":    "Philippinen|Filipinas|Filippine",
		"Pakistan":       "",
		"Afghanistan":    "",
		"Syria":          "Syrie|Syrien|Siria",
		"Venezuela":      "",
		"Cuba":           "",
		"Hungary":        "Hongrie|Ungarn|Hungría|Ungheria",
		"Czech Republic": "Czechia|République tchèque|Tschechien|República Checa",
		"Romania":        "Roumanie|Rumänien|Rumania",
	}
	m := map[string]string{}
	for canon, aliases := range table {
		m[canon] = canon
		for _, a := range strings.Split(aliases, "|") {
			if a != "" {
				m[a] = canon
			}
		}
	}
	return m
}()

// roleWords are titles that say what a person is, in several languages.
// The last word of a role phrase is its head: "rotating chairman" and
// "chairman" share it, "president" and "chairman" do not.
var roleWords = map[string]bool{
	"chairman": true, "chairwoman": true, "chair": true, "president": true, "ceo": true, "cfo": true, "coo": true, "cto": true,
	"founder": true, "co-founder": true, "director": true, "minister": true, "secretary": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "governor": true, "mayor": true, "senator": true, "chancellor": true,
	"premier": true, "officer": true, "executive": true, "manager": true, "head": true, "leader": true, "chief": true,
	"analyst": true, "professor": true, "ambassador": true, "commissioner": true, "general": true, "judge": true,
	"prosecutor": true, "editor": true, "daughter": true, "son": true, "wife": true, "husband": true,
	"président": true, "présidente": true, "directeur": true, "directrice": true, "ministre": true, "porte-parole": true,
	"maire": true, "fondateur": true, "patron": true, "vorsitzende": true, "vorsitzender": true, "präsident": true,
	"präsidentin": true, "chef": true, "chefin": true, "minister ": true, "sprecher": true, "sprecherin": true,
	"bürgermeister": true, "bürgermeisterin": true, "presidente": true, "director ": true, "ministro": true,
	"portavoz": true, "alcalde": true, "alcaldesa": true, "ministra": true, "fondatrice": true, "gründer": true, "fondatore": true, "direktor": true, "direttore": true, "prefeito": true, "ministerin": true, "fundador": true, "sindaco": true, "portavoce": true,
}

// weekdays maps weekday names in several languages to English.
var weekdays = func() map[string]string {
	en := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	lists := []string{
		"monday tuesday wednesday thursday friday saturday sunday",
		"lundi mardi mercredi jeudi vendredi samedi dimanche",
		"montag dienstag mittwoch donnerstag freitag samstag sonntag",
		"lunes martes miércoles jueves viernes sábado domingo",
		"lunedì martedì mercoledì giovedì venerdì sabato domenica",
		"segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
	}
	m := map[string]string{}
	for _, l := range lists {
		for i, w := range strings.Fields(l) {
			m[w] = en[i]
		}
	}
	return m
}()
