package events

import (
	"math"
	"slices"
	"testing"
)

// Dates, times of day, years and weekdays say when, not what: they give
// no key, while amounts, counts, measures and durations do.
func TestFigureKeysTypeByMeaning(t *testing.T) {
	cases := []struct {
		line string
		want []string
	}{
		{"Friday, March 13, 2026", nil},
		{"Publié le 10 mars 2026 à 08h15", nil},
		{"10.03.2026, 09:12 Uhr", nil},
		{"8. März 2026", nil},
		{"13 de marzo de 2026", nil},
		{"The quake hit at 4:17 a.m. on 8 March.", nil},
		{"Der Alarm ging gegen 3.40 Uhr los.", nil},
		{"The plant will open in 2027, the first since 2022.", nil},
		{"Archive: 2026 | 2025 | 2024", nil},
		{"Some 4,500 workers began a 48-hour strike.", []string{"n:4500", "d:48h"}},
		{"Quelque 4 500 agents ont entamé une grève de 48 heures.", []string{"n:4500", "d:48h"}},
		{"Rund 2000 Anwohner mussten ihre Häuser verlassen.", []string{"n:2000"}},
		{"a 1.1 billion euro order for 62 turbines of 15 MW", []string{"n:1.1e+09", "c:62", "q:15mw"}},
		{"15 km south-west of Patras at a depth of 10 km", []string{"q:15km", "q:10km"}},
		{"Der Wert wird auf rund vier Millionen Euro geschätzt.", []string{"n:4e+06"}},
		{"inflation of 3.9% in February", []string{"pct:3.9"}},
		{"53,7 procent van de kiezers", []string{"pct:53.7"}},
		{"een schade van 4,2 miljoen euro", []string{"n:4.2e+06"}},
		{"a magnitude 5,6 earthquake", []string{"q:5.6mag"}},
		{"ein Erdbeben der Stärke 5,6", []string{"q:5.6mag"}},
		{"Sound quality: 8.5, battery: 7.5", []string{"c:8.5", "c:7.5"}},
		{"5G networks", nil},
		{"Talks resumed forty-eight hours later.", []string{"d:48h"}},
		{"une grève de vingt-quatre heures", []string{"d:24h"}},
		{"after twenty days of talks", []string{"d:20d"}},
		{"un pont de 120 mètres", []string{"q:120m"}},
	}
	for _, c := range cases {
		got := figureKeys(c.line)
		if !slices.Equal(got, c.want) {
			t.Errorf("figureKeys(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// An outlet's contact line and menus are furniture; prose with figures,
// amounts grouped by thousands included, is not.
func TestIsFurniture(t *testing.T) {
	for text, want := range map[string]bool{
		"Harbour Post, 14 Quay Street, Bristol BS1 4RT. Tel. 0117 496 0321. All rights reserved.": true,
		"The Harbour Post, 14 Quay Street, Cork T12 X8Y2. Tel. +353 21 555 0142":                  true,
		"Redaktion: Hafenstraße 12, 26122 Oldenburg":                                              true,
		"Archiv: 2026 | 2025 | 2024 | 2023":                                                       true,
		"Le budget atteint 12 500 000 euros, a indiqué la mairie le 3 mars.":                      false,
		"Some 4,500 workers began a 48-hour strike on Tuesday, the union said.":                   false,
		"The company moved to 14 Quay Street last year.":                                          false,
	} {
		if got := isFurniture(text); got != want {
			t.Errorf("isFurniture(%q) = %v, want %v", text, got, want)
		}
	}
}

// Weekday and month names are neither names nor terms.
func TestCalendarWordsAreNoNames(t *testing.T) {
	sc := &featureScanner{}
	sc.stem.setLanguage("en")
	names, terms := map[string]int{}, map[string]int{}
	sc.scan("The Bruges library reopened on Friday, March 13, after Easter.", 1000, names, terms, nil)
	for _, w := range []string{"friday", "march", "friday march"} {
		if names[w] > 0 || terms[w] > 0 {
			t.Errorf("%q counted: names %v terms %v", w, names, terms)
		}
	}
	if names["bruges"] == 0 || names["easter"] == 0 {
		t.Errorf("names lost: %v", names)
	}
}

// Reports dated days apart are less likely one event: the weight falls
// with each day after the first, and past sameEventDays nothing is left;
// an unknown date weighs nothing.
func TestDayFactor(t *testing.T) {
	prev := 2.0
	for d := 0.0; d <= sameEventDays+1; d++ {
		f := dayFactor(100, 100+d)
		if f > prev || f < 0 || f > 1 {
			t.Fatalf("day factor %v at %v days (before: %v)", f, d, prev)
		}
		prev = f
	}
	if dayFactor(100, 101) != 1 || dayFactor(100, 103) >= 0.6 || dayFactor(100, 100+sameEventDays+1) != 0 {
		t.Fatalf("day factors %v %v %v", dayFactor(100, 101), dayFactor(100, 103), dayFactor(100, 100+sameEventDays+1))
	}
	if dayFactor(math.NaN(), 100) != 1 {
		t.Fatal("an unknown date weighs")
	}
}
