package clean

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"sync"

	"reader/articles/clean/gbdt"
)

// The models are trained by `go generate ./articles/clean` (see train/) on
// labelled real pages and committed as data; nothing is downloaded.
//
//go:generate go run ./train -out models
//go:embed models/*.json
var modelFS embed.FS

// models are the cleaner's learned parts: the line model's two passes and
// the headline ranker, and the line model's two passes for saved web pages,
// which also weigh the page's markup (nil when the folder has none: saved
// pages are then read by the plain-text model).
type models struct {
	line1, line2, title *gbdt.Model
	line1h, line2h      *gbdt.Model
}

var (
	loadOnce  sync.Once
	loaded    models
	loadError error
)

// UseModelsFrom makes the cleaner use the models in dir instead of the
// embedded ones, for measuring a model before it is committed (the eval
// command's -models flag). Call it before cleaning anything.
func UseModelsFrom(dir string) error {
	var err error
	loadOnce.Do(func() {
		loaded, err = readModels(os.DirFS(dir))
		loadError = err
	})
	return err
}

// loadModels reads the embedded models once, on the first page cleaned, so
// that start-up does not pay for it.
func loadModels() (models, error) {
	loadOnce.Do(func() {
		sub, _ := fs.Sub(modelFS, "models")
		loaded, loadError = readModels(sub)
	})
	return loaded, loadError
}

// readModels reads and checks the models in fsys.
func readModels(fsys fs.FS) (models, error) {
	var (
		out     models
		loadErr error
	)
	{
		read := func(name string, want []string) *gbdt.Model {
			if loadErr != nil {
				return nil
			}
			data, err := fs.ReadFile(fsys, name)
			if err != nil {
				loadErr = fmt.Errorf("load cleaner model: %w", err)
				return nil
			}
			m, err := gbdt.Unmarshal(data)
			if err != nil {
				loadErr = fmt.Errorf("load cleaner model %s: %w", name, err)
				return nil
			}
			if len(m.Features) != len(want) {
				loadErr = fmt.Errorf("load cleaner model %s: %d features, the cleaner computes %d", name, len(m.Features), len(want))
				return nil
			}
			return m
		}
		out.line1 = read("line1.json", featureNames())
		out.line2 = read("line2.json", append(append([]string(nil), featureNames()...), secondNames...))
		out.title = read("title.json", titleFeatureNames)
		if _, err := fs.Stat(fsys, "line1h.json"); err == nil {
			out.line1h = read("line1h.json", htmlFeatureNames())
			out.line2h = read("line2h.json", append(htmlFeatureNames(), secondNames...))
		}
	}
	return out, loadErr
}

// Threshold is the line model's probability above which a line is story.
const Threshold = 0.5
