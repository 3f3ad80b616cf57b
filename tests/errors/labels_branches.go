// errorcheck

// Labels and branch statements: unused labels, break/continue outside a
// loop, continue inside a switch that is not in a loop, break/continue
// to undefined labels or to labels of non-enclosing statements, goto to
// an undefined label, goto jumping over a variable declaration or into a
// block.  (Keep this file free of type errors: Go 1.19 reports branch
// errors in a separate pass.)
package main

func main() {
unused: // ERROR "label unused defined and not used"
	for {
		break
	}

	break // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"

	switch {
	case true:
		continue // ERROR "continue is not in a loop"
	}

	for {
		break nowhere // ERROR "break label not defined: nowhere"
	}
	for {
		continue nowhere2 // ERROR "continue label not defined: nowhere2"
	}

notLoop:
	{
		for {
			continue notLoop // ERROR "invalid continue label notLoop"
		}
		for {
			break notLoop // ERROR "invalid break label notLoop"
		}
	}

sw:
	switch {
	default:
		for {
			continue sw // ERROR "invalid continue label sw"
		}
	}

	goto missing // ERROR "label missing not defined"

	goto skip // ERROR "goto skip jumps over (variable )?declaration"
	v := 1
	_ = v
skip:

	goto inside // ERROR "goto inside jumps into block"
	{
	inside:
	}
}
