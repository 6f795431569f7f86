package clean

import (
	"embed"
	"fmt"
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
// the headline ranker.
type models struct {
	line1, line2, title *gbdt.Model
}

var (
	loadOnce  sync.Once
	loaded    models
	loadError error
)

// loadModels reads the embedded models once, on the first page cleaned, so
// that start-up does not pay for it.
func loadModels() (models, error) {
	loadOnce.Do(func() {
		read := func(name string, want []string) *gbdt.Model {
			if loadError != nil {
				return nil
			}
			data, err := modelFS.ReadFile("models/" + name)
			if err != nil {
				loadError = fmt.Errorf("load cleaner model: %w", err)
				return nil
			}
			m, err := gbdt.Unmarshal(data)
			if err != nil {
				loadError = fmt.Errorf("load cleaner model %s: %w", name, err)
				return nil
			}
			if len(m.Features) != len(want) {
				loadError = fmt.Errorf("load cleaner model %s: %d features, the cleaner computes %d", name, len(m.Features), len(want))
				return nil
			}
			return m
		}
		loaded.line1 = read("line1.json", featureNames)
		loaded.line2 = read("line2.json", append(append([]string(nil), featureNames...), secondNames...))
		loaded.title = read("title.json", titleFeatureNames)
	})
	return loaded, loadError
}

// Threshold is the line model's probability above which a line is story.
const Threshold = 0.5
