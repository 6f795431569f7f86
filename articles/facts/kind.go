// Package facts finds the comparable statements of one article: amounts,
// counts, quantities, durations, dates, places, people with their roles,
// and quotes with their speakers.
package facts

// Kind says what sort of comparable statement a fact is.
type Kind string

// The fact kinds extraction finds.
const (
	KindAmount   Kind = "amount"   // money with currency and magnitude
	KindQuantity Kind = "quantity" // a number with a unit
	KindDuration Kind = "duration"
	KindCount    Kind = "count"
	KindPercent  Kind = "percent"
	KindDate     Kind = "date" // dates and weekdays
	KindPerson   Kind = "person"
	KindPlace    Kind = "place"
	KindOrg      Kind = "org"
	KindQuote    Kind = "quote"
	KindList     Kind = "list" // an enumerated set, such as countries
)
