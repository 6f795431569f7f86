package articles

import (
	"embed"
	"io/fs"
	"path"
	"sort"
)

//go:embed seeds/*.txt
var builtinFS embed.FS

// RawFile is one file's name and bytes, before decoding and cleaning.
// Source, when set, names the outlet of the article unless its front
// matter names one (`reader import --source NAME`).
type RawFile struct {
	Name   string
	Data   []byte
	Source string
}

// Builtin returns the embedded sample articles in name order, so `reader`
// has something to show before the user loads anything.
func Builtin() []RawFile {
	entries, _ := fs.ReadDir(builtinFS, "seeds")
	out := make([]RawFile, 0, len(entries))
	for _, e := range entries {
		data, err := builtinFS.ReadFile(path.Join("seeds", e.Name()))
		if err != nil {
			continue
		}
		out = append(out, RawFile{Name: "builtin/" + e.Name(), Data: data})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
