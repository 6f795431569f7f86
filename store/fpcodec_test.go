package store

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"

	"reader/articles"
	"reader/articles/articlegen"
	"reader/articles/events"
)

// fullFingerprint sets every field of a fingerprint, found by reflection,
// so a field added to events.Fingerprint that the store's encoding leaves
// out fails the round trip instead of being lost.
func fullFingerprint(t testing.TB, seed int) events.Fingerprint {
	var fp events.Fingerprint
	v := reflect.ValueOf(&fp).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		name := v.Type().Field(i).Name
		switch {
		case f.Kind() == reflect.String:
			f.SetString(fmt.Sprintf("%s %d é\x00", name, seed))
		case f.Kind() == reflect.Bool:
			f.SetBool(seed%2 == 0)
		case f.Type() == reflect.TypeOf(time.Time{}):
			f.Set(reflect.ValueOf(time.Date(2024, 3, 1+seed%28, 9, 30, 0, 123456789, time.UTC)))
		case f.Type() == reflect.TypeOf([]string{}):
			list := make([]string, 1+seed%5)
			for k := range list {
				list[k] = fmt.Sprintf("%s-%d-%d", name, seed, k)
			}
			f.Set(reflect.ValueOf(list))
		default:
			t.Fatalf("events.Fingerprint.%s (%s) is new to the store's fingerprint encoding: add it to encodeFingerprint and decodeFingerprint", name, f.Type())
		}
	}
	return fp
}

func TestFingerprintRoundTrip(t *testing.T) {
	files, _ := articlegen.GenerateRealistic(5, 60)
	arts, _ := articles.ParseBatch(files)
	fps := events.Fingerprints(arts)
	for i := 0; i < 6; i++ {
		fps = append(fps, fullFingerprint(t, i))
	}
	fps = append(fps, events.Fingerprint{}) // nothing set
	zone := fullFingerprint(t, 9)
	zone.Published = time.Date(2024, 5, 6, 7, 8, 9, 0, time.FixedZone("", 2*3600))
	fps = append(fps, zone)
	for i, fp := range fps {
		got, err := decodeFingerprint(encodeFingerprint(fp))
		if err != nil {
			t.Fatalf("fingerprint %d: %v", i, err)
		}
		if !got.Published.Equal(fp.Published) {
			t.Fatalf("fingerprint %d: published %v, was %v", i, got.Published, fp.Published)
		}
		got.Published, fp.Published = time.Time{}, time.Time{}
		if !reflect.DeepEqual(got, fp) {
			t.Fatalf("fingerprint %d:\n%+v\nwas\n%+v", i, got, fp)
		}
	}
	// A fingerprint of a store written before, in JSON, is still read.
	old, _ := json.Marshal(fps[0])
	got, err := decodeFingerprint(old)
	if err != nil || got.Hash != fps[0].Hash || !reflect.DeepEqual(got.Terms, fps[0].Terms) {
		t.Fatalf("JSON fingerprint: %v", err)
	}
}

// Damaged data is an error, never a panic or a wrong fingerprint.
func TestDamagedFingerprintIsAnError(t *testing.T) {
	data := encodeFingerprint(fullFingerprint(t, 3))
	for n := 0; n < len(data); n++ {
		if _, err := decodeFingerprint(data[:n]); err == nil {
			t.Fatalf("cut to %d of %d bytes: no error", n, len(data))
		}
	}
	if _, err := decodeFingerprint(append(append([]byte(nil), data...), 0)); err == nil {
		t.Fatal("a byte too many: no error")
	}
	for _, bad := range [][]byte{{2, 0}, {1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, []byte("{not json")} {
		if _, err := decodeFingerprint(bad); err == nil {
			t.Fatalf("%q: no error", bad)
		}
	}
}

// A store whose older articles keep JSON fingerprints groups them with
// the new binary ones as if all were one kind.
func TestStoreWithJSONFingerprintsRegroupsAsBefore(t *testing.T) {
	ctx := context.Background()
	files, _ := articlegen.Generate(12, 120, 30)
	arts, errs := articles.ParseBatch(files)
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	a, _ := openTemp(t)
	if _, err := importArticles(ctx, a, arts); err != nil {
		t.Fatal(err)
	}
	b, _ := openTemp(t)
	if _, err := writeUngrouped(ctx, b, arts); err != nil {
		t.Fatal(err)
	}
	// Half the articles as a store written before keeps them.
	rows, err := b.db.Query(`SELECT id, fingerprint FROM articles WHERE id % 2 = 0`)
	if err != nil {
		t.Fatal(err)
	}
	old := map[int64][]byte{}
	for rows.Next() {
		var id int64
		var data []byte
		if err := rows.Scan(&id, &data); err != nil {
			t.Fatal(err)
		}
		fp, err := decodeFingerprint(data)
		if err != nil {
			t.Fatal(err)
		}
		old[id], _ = json.Marshal(fp)
	}
	rows.Close()
	for id, js := range old {
		if _, err := b.db.Exec(`UPDATE articles SET fingerprint = ? WHERE id = ?`, string(js), id); err != nil {
			t.Fatal(err)
		}
	}
	if len(old) < 50 {
		t.Fatalf("only %d JSON fingerprints", len(old))
	}
	if _, err := b.RegroupIfPending(ctx, testGrouper); err != nil {
		t.Fatal(err)
	}
	evA, _ := a.Events(ctx, Filter{})
	evB, _ := b.Events(ctx, Filter{})
	if len(evA) != len(evB) || len(evA) >= len(arts) {
		t.Fatalf("%d events from binary fingerprints, %d from mixed, of %d articles", len(evA), len(evB), len(arts))
	}
	for i := range evA {
		if evA[i].ID != evB[i].ID || len(evA[i].Articles) != len(evB[i].Articles) {
			t.Fatalf("event %d: %s (%d) and %s (%d)", i, evA[i].ID, len(evA[i].Articles), evB[i].ID, len(evB[i].Articles))
		}
	}
}

// BenchmarkDecodeFingerprint reads 1,000 generated fingerprints as a
// regrouping does, in the binary form and in the JSON stores kept before.
func BenchmarkDecodeFingerprint(b *testing.B) {
	files, _ := articlegen.GenerateRealistic(6, 1000)
	arts, _ := articles.ParseBatch(files)
	fps := events.Fingerprints(arts)
	bin := make([][]byte, len(fps))
	js := make([][]byte, len(fps))
	size := [2]int{}
	for i, fp := range fps {
		bin[i] = encodeFingerprint(fp)
		js[i], _ = json.Marshal(fp)
		size[0] += len(bin[i])
		size[1] += len(js[i])
	}
	for k, set := range [][][]byte{bin, js} {
		b.Run([]string{"binary", "json"}[k], func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				for _, data := range set {
					if _, err := decodeFingerprint(data); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(size[k])/float64(len(set)), "bytes/fp")
		})
	}
}
