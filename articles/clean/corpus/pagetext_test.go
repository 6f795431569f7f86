package corpus

import "testing"

func TestVariantFor(t *testing.T) {
	if VariantFor(0) != TrainVariants[0] || VariantFor(-1) != TrainVariants[len(TrainVariants)-1] ||
		VariantFor(len(TrainVariants)+1) != TrainVariants[1] {
		t.Error("VariantFor does not cycle through TrainVariants")
	}
}
