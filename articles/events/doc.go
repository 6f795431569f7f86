// Package events groups articles into events: the reports of one
// happening, across outlets and languages, with the events on the same
// company or topic on other days linked as related.
//
// Each article is reduced to a Fingerprint: its names, its figures typed
// by what they mean (amounts, percentages, measures with their unit,
// counts, durations; never a date, a time of day, a year or a weekday),
// its content words stemmed in its language, and the names and figures of
// its lead. An outlet's furniture (its address and phone number, menus)
// is left out. A Grouper takes fingerprints one at a time and works out
// the events: candidate pairs from an inverted index of rare tokens, with
// the holders of common names and figures sampled rather than dropped, so
// a story covered by hundreds of outlets still forms one event at
// near-linear cost; each candidate scored on everything the two share,
// lowered by the days between them; groups merged by average linkage,
// only when most of their cross pairs agree.
package events
