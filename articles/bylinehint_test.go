package articles

import "testing"

func TestPlausibleByline(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Jane Doe", "Jane Doe"},
		{"By Jane Doe, Staff Writer", "By Jane Doe, Staff Writer"},
		{"Michael Greger M.D.", "Michael Greger M.D."},
		{"Sat, 20 Dec, 2025 - 06:36", ""},            // a date line
		{"Mardi 3 mars 2026", ""},                    // in French
		{"Yucy3/4/2025000000Sharesfacebook", "Yucy"}, // a name glued to its date and share buttons
		{"Jane Doe | 12 March 2026", "Jane Doe"},
		{"", ""},
		{"98 Buck Social", "98 Buck Social"}, // a name that begins with a number
		{"262588213843476", ""},              // a user's number
		{"[Submitted on 18 Dec 2025]", ""},
		{"Updated March 13, 2024", ""},
		{"Jun 2 Written By", ""},
		{"Nicholas Collins, Scott Munro, Matt De La O, Vineet Asthana, Rory O'Sullivan, Corey Maurer, Hamish Shah", "Nicholas Collins, Scott Munro, Matt De La O, Vineet Asthana, Rory O'Sullivan, Corey Maurer, Hamish Shah"},
	}
	for _, c := range cases {
		if got := plausibleByline(c.in); got != c.want {
			t.Errorf("plausibleByline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
