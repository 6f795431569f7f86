package clean

// readMetadata reads the byline, date, outlet and link from the lines around
// the story once the story and its headline are known.
func (c *cleaning) readMetadata() {}
