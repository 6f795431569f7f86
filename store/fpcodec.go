package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"time"

	"reader/articles/events"
)

// Fingerprints are kept in a compact binary form a regrouping reads
// without JSON decoding: a version byte, then each field in the order of
// events.Fingerprint, strings as a length (uvarint) and their bytes, lists
// as a count and their strings, the publication time as a flag byte (0 for
// none) then Unix seconds, nanoseconds and zone offset (varints). Stores
// written before keep their JSON fingerprints, which decodeFingerprint
// still reads (JSON begins with '{').
const fingerprintV1 = 1

var errFingerprint = errors.New("damaged fingerprint")

// encodeFingerprint is the stored form of fp.
func encodeFingerprint(fp events.Fingerprint) []byte {
	size := 16 + len(fp.Hash) + len(fp.Title) + len(fp.Source) + len(fp.Lang)
	for _, list := range [][]string{fp.Names, fp.Numbers, fp.Terms, fp.Lead} {
		for _, s := range list {
			size += 2 + len(s)
		}
	}
	b := make([]byte, 0, size)
	b = append(b, fingerprintV1)
	for _, s := range []string{fp.Hash, fp.Title, fp.Source, fp.Lang} {
		b = appendString(b, s)
	}
	if fp.TitleDerived {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	if fp.Published.IsZero() {
		b = append(b, 0)
	} else {
		_, offset := fp.Published.Zone()
		b = append(b, 1)
		b = binary.AppendVarint(b, fp.Published.Unix())
		b = binary.AppendUvarint(b, uint64(fp.Published.Nanosecond()))
		b = binary.AppendVarint(b, int64(offset))
	}
	for _, list := range [][]string{fp.Names, fp.Numbers, fp.Terms, fp.Lead} {
		b = binary.AppendUvarint(b, uint64(len(list)))
		for _, s := range list {
			b = appendString(b, s)
		}
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// decodeFingerprint reads a stored fingerprint, binary or (from stores
// written before) JSON.
func decodeFingerprint(data []byte) (events.Fingerprint, error) {
	var fp events.Fingerprint
	if len(data) > 0 && data[0] == '{' {
		err := json.Unmarshal(data, &fp)
		return fp, err
	}
	if len(data) == 0 || data[0] != fingerprintV1 {
		return fp, errFingerprint
	}
	r := fpReader{data: data[1:]}
	for _, s := range []*string{&fp.Hash, &fp.Title, &fp.Source, &fp.Lang} {
		*s = r.string()
	}
	fp.TitleDerived = r.byte() == 1
	if r.byte() == 1 {
		sec, nsec, offset := r.varint(), r.uvarint(), r.varint()
		loc := time.UTC
		if offset != 0 {
			loc = time.FixedZone("", int(offset))
		}
		fp.Published = time.Unix(sec, int64(nsec)).In(loc)
	}
	for _, list := range []*[]string{&fp.Names, &fp.Numbers, &fp.Terms, &fp.Lead} {
		n := r.uvarint()
		if n > uint64(len(r.data)) { // each string takes a byte at least
			return fp, errFingerprint
		}
		if n > 0 {
			*list = make([]string, n)
			for i := range *list {
				(*list)[i] = r.string()
			}
		}
	}
	if r.bad || len(r.data) > 0 {
		return fp, errFingerprint
	}
	return fp, nil
}

// fpReader reads the fields of a binary fingerprint, noting (bad) when the
// data ends early.
type fpReader struct {
	data []byte
	bad  bool
}

func (r *fpReader) byte() byte {
	if len(r.data) == 0 {
		r.bad = true
		return 0
	}
	c := r.data[0]
	r.data = r.data[1:]
	return c
}

func (r *fpReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.data)
	if n <= 0 {
		r.bad, r.data = true, nil
		return 0
	}
	r.data = r.data[n:]
	return v
}

func (r *fpReader) varint() int64 {
	v, n := binary.Varint(r.data)
	if n <= 0 {
		r.bad, r.data = true, nil
		return 0
	}
	r.data = r.data[n:]
	return v
}

func (r *fpReader) string() string {
	n := r.uvarint()
	if n > uint64(len(r.data)) {
		r.bad, r.data = true, nil
		return ""
	}
	s := string(r.data[:n])
	r.data = r.data[n:]
	return s
}
