// errorcheck

// Imported packages must be used.  Blank imports are exempt; an alias
// import is reported with its alias.  Go 1.19 says
// `imported and not used: "os"` (and `... "strings" as str`); newer Go
// says `"os" imported and not used` / `"strings" imported as str and not
// used`.
package main

import (
	"fmt"
	"os" // ERROR "imported and not used"
	str "strings" // ERROR "imported.* and not used"
	_ "sort"
	"math" // ERROR "math.*not used|not used.*math"
)

func main() {
	fmt.Println()
}
