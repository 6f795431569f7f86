package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/BurntSushi/toml"
	"github.com/charmbracelet/lipgloss"

	"reader/store"
	"reader/ui"
)

// config is $XDG_CONFIG_HOME/reader/config.toml. Every key is optional.
type config struct {
	Feeds      []string            `toml:"feeds"`
	StartFocus string              `toml:"start_focus"`
	Keys       map[string][]string `toml:"keys"`
	Colors     map[string]any      `toml:"colors"`
}

// configPath is where the configuration lives.
func configPath() (string, error) {
	dir := os.Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("find home directory: %w", err)
		}
		dir = filepath.Join(home, ".config")
	}
	return filepath.Join(dir, "reader", "config.toml"), nil
}

// loadConfig reads and checks the configuration; a missing file is an
// empty configuration, a broken one an error naming the file.
func loadConfig() (config, error) {
	var c config
	path, err := configPath()
	if err != nil {
		return c, err
	}
	meta, err := toml.DecodeFile(path, &c)
	if errors.Is(err, fs.ErrNotExist) {
		return config{}, nil
	}
	if err != nil {
		return c, fmt.Errorf("config %s: %w", path, err)
	}
	for _, k := range meta.Undecoded() {
		if len(k) > 0 && k[0] != "colors" { // colour tables are read by palette
			return c, fmt.Errorf("config %s: unknown key %q", path, k.String())
		}
	}
	if c.StartFocus != "" && c.StartFocus != "list" && c.StartFocus != "article" {
		return c, fmt.Errorf("config %s: start_focus is %q; use \"list\" or \"article\"", path, c.StartFocus)
	}
	for _, f := range c.Feeds {
		if _, err := feedAddress(f); err != nil {
			return c, fmt.Errorf("config %s: feeds: %w", path, err)
		}
	}
	if err := checkKeys(c.Keys); err != nil {
		return c, fmt.Errorf("config %s: %w", path, err)
	}
	if err := ui.CheckKeys(c.Keys); err != nil {
		return c, fmt.Errorf("config %s: %w", path, err)
	}
	if _, err := c.palette(); err != nil {
		return c, fmt.Errorf("config %s: %w", path, err)
	}
	return c, nil
}

// palette turns [colors] into UI colours: a name = "#rrggbb" for both
// backgrounds, or name = { light = "...", dark = "..." }.
func (c config) palette() (ui.Palette, error) {
	p := ui.Palette{}
	known := ui.DefaultPalette()
	for name, v := range c.Colors {
		if _, ok := known[name]; !ok {
			return nil, fmt.Errorf("unknown colour %q in [colors]", name)
		}
		switch v := v.(type) {
		case string:
			if err := checkColour(name, v); err != nil {
				return nil, err
			}
			p[name] = lipgloss.AdaptiveColor{Light: v, Dark: v}
		case map[string]any:
			for k := range v {
				if k != "light" && k != "dark" {
					return nil, fmt.Errorf("colour %q has %q; use light and dark", name, k)
				}
			}
			light, _ := v["light"].(string)
			dark, _ := v["dark"].(string)
			if light == "" || dark == "" {
				return nil, fmt.Errorf("colour %q needs both light and dark", name)
			}
			for _, c := range []string{light, dark} {
				if err := checkColour(name, c); err != nil {
					return nil, err
				}
			}
			p[name] = lipgloss.AdaptiveColor{Light: light, Dark: dark}
		default:
			return nil, fmt.Errorf("colour %q is neither a string nor a {light, dark} table", name)
		}
	}
	return p, nil
}

// subscribe adds the configured feeds to the store (adding twice is
// harmless); a read-only store is left as it is.
func (c config) subscribe(st *store.Store) error {
	if st.ReadOnly() {
		return nil
	}
	for _, u := range c.Feeds {
		addr, err := feedAddress(u)
		if err != nil {
			return fmt.Errorf("config: %w", err)
		}
		if _, err := st.AddFeed(context.Background(), addr); err != nil {
			return err
		}
	}
	return nil
}
