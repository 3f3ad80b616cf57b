package time

// Package time: Go's "time" package (the parts Gust offers), written in Go
// on top of five natives of the runtime (body-less below, symbols
// gust_time_<name>): the two clocks (runtimeNano, unixNano), Sleep (parks
// the goroutine), and startTimer/stopTimer, the runtime's timer heap,
// which starts a goroutine running a func when a timer fires.
//
// Times are in UTC: there is no Location. Time.String prints Go's default
// layout "2006-01-02 15:04:05.999999999 -0700 MST" for UTC, plus Go's
// " m=±s.nnnnnnnnn" monotonic reading for times from Now.
//
// Time.UTC and Time.Local are offered (both return the time in UTC, without
// its monotonic reading, as Go's do on a machine whose zone is UTC).
//
// Not declared: Location (and LoadLocation, FixedZone, Time.In/Location/
// Zone), Date, Parse/ParseInLocation, Time.Format/AppendFormat and
// the layout constants, AddDate, ISOWeek, the marshalling methods,
// ParseError.
//
// Difference from Go: a Timer's channel send (or AfterFunc's f) runs in a
// goroutine the runtime starts when the timer fires, so a Stop that
// returns false because the timer just fired may return before the value
// is in the channel (Go sends before Stop can observe the expiry). The
// usual idiom `if !t.Stop() { <-t.C }` works unchanged.

import "errors"

// runtimeNano returns the monotonic clock in nanoseconds (arbitrary origin).
func runtimeNano() int64

// unixNano returns the wall clock: nanoseconds since the Unix epoch.
func unixNano() int64

// Sleep pauses the current goroutine for at least the duration d. A
// negative or zero duration causes Sleep to return immediately.
func Sleep(d Duration)

// startTimer arms a runtime timer at monotonic time when (runtimeNano
// units): when it fires, the runtime starts a new goroutine running f; if
// period > 0 it fires again every period ns. It returns the timer's id.
func startTimer(when int64, period int64, f func()) int64

// stopTimer disarms a timer; true if it was pending (it will not fire).
func stopTimer(id int64) bool

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s".
// Leading zero units are omitted. Durations less than one second use a
// smaller unit (milli-, micro-, or nanoseconds) so the leading digit is
// non-zero. The zero duration formats as 0s.
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	var s string
	if u < uint64(Second) {
		switch {
		case u < uint64(Microsecond):
			s = utoa(u) + "ns"
		case u < uint64(Millisecond):
			s = fracString(u, 3) + "µs"
		default:
			s = fracString(u, 6) + "ms"
		}
	} else {
		// Seconds with up to nine decimals, then minutes and hours.
		frac := fracDigits(u%1e9, 9)
		u /= 1e9
		s = utoa(u%60) + frac + "s"
		u /= 60
		if u > 0 {
			s = utoa(u%60) + "m" + s
			u /= 60
			if u > 0 {
				s = utoa(u) + "h" + s
			}
		}
	}
	if neg {
		return "-" + s
	}
	return s
}

// fracString formats v/10^prec as a decimal number without trailing zeros.
func fracString(v uint64, prec int) string {
	p := uint64(1)
	for i := 0; i < prec; i++ {
		p *= 10
	}
	return utoa(v/p) + fracDigits(v%p, prec)
}

// fracDigits returns "." and the prec-digit fraction f without trailing
// zeros, or "" if f is 0.
func fracDigits(f uint64, prec int) string {
	if f == 0 {
		return ""
	}
	buf := make([]byte, prec)
	for i := prec - 1; i >= 0; i-- {
		buf[i] = byte('0' + f%10)
		f /= 10
	}
	n := prec
	for buf[n-1] == '0' {
		n--
	}
	return "." + string(buf[:n])
}

// utoa formats v in decimal.
func utoa(v uint64) string {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(buf[i:])
}

// pad formats v (>= 0) in decimal with at least width digits.
func pad(v int64, width int) string {
	s := utoa(uint64(v))
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	whole := d / Second
	rest := d % Second
	return float64(whole) + float64(rest)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	whole := d / Minute
	rest := d % Minute
	return float64(whole) + float64(rest)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	whole := d / Hour
	rest := d % Hour
	return float64(whole) + float64(rest)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of
// m. If m <= 0, Truncate returns d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// halfOrMore reports whether r >= m/2 (r, m >= 0), without overflow.
func halfOrMore(r, m Duration) bool {
	return uint64(r)+uint64(r) >= uint64(m)
}

// Round returns the result of rounding d to the nearest multiple of m.
// Halfway values round away from zero. If the result overflows, Round
// returns the maximum (or minimum) duration. If m <= 0, Round returns d
// unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if !halfOrMore(r, m) {
			return d + r
		}
		if away := d - m + r; away < d {
			return away
		}
		return minDuration
	}
	if !halfOrMore(r, m) {
		return d - r
	}
	if away := d + m - r; away > d {
		return away
	}
	return maxDuration
}

// Abs returns the absolute value of d. As a special case, the minimum
// duration is converted to the maximum.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}

// quote returns s in double quotes, as Go's time package quotes strings in
// its error messages: '"' and '\\' are escaped, and the bytes of control
// and non-ASCII characters are written as \xNN.
func quote(s string) string {
	const hex = "0123456789abcdef"
	buf := []byte{'"'}
	for i, c := range s {
		if c >= 0x80 || c < ' ' {
			width := len(string(c))
			if c == 0xFFFD {
				// An invalid byte decodes as U+FFFD too: escape it alone
				// unless it really is an encoded U+FFFD.
				width = 1
				if i+2 < len(s) && s[i:i+3] == "\uFFFD" {
					width = 3
				}
			}
			for j := 0; j < width; j++ {
				b := s[i+j]
				buf = append(buf, '\\', 'x', hex[b>>4], hex[b&0xF])
			}
			continue
		}
		if c == '"' || c == '\\' {
			buf = append(buf, '\\')
		}
		buf = append(buf, byte(c))
	}
	buf = append(buf, '"')
	return string(buf)
}

// unitNanos returns the length in nanoseconds of a duration unit.
func unitNanos(u string) (uint64, bool) {
	switch u {
	case "ns":
		return 1, true
	case "us", "µs", "μs": // U+00B5 micro sign, U+03BC Greek mu
		return 1e3, true
	case "ms":
		return 1e6, true
	case "s":
		return 1e9, true
	case "m":
		return 60e9, true
	case "h":
		return 3600e9, true
	}
	return 0, false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// ParseDuration parses a duration string: a possibly signed sequence of
// decimal numbers, each with optional fraction and a unit suffix, such as
// "300ms", "-1.5h" or "2h45m". Valid time units are "ns", "us" (or "µs"),
// "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := func() (Duration, error) {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return invalid()
	}
	var total uint64
	for s != "" {
		if !(s[0] == '.' || isDigit(s[0])) {
			return invalid()
		}
		// Integer part; more than 2^63 is an error.
		var whole uint64
		i := 0
		for ; i < len(s) && isDigit(s[i]); i++ {
			if whole > (1<<63)/10 {
				return invalid()
			}
			whole = whole*10 + uint64(s[i]-'0')
			if whole > 1<<63 {
				return invalid()
			}
		}
		digits := i > 0
		s = s[i:]
		// Fraction: digits past what fits in 63 bits are ignored.
		var frac uint64
		scale := 1.0
		if s != "" && s[0] == '.' {
			s = s[1:]
			full := false
			i = 0
			for ; i < len(s) && isDigit(s[i]); i++ {
				if full {
					continue
				}
				if frac > (1<<63-1)/10 {
					full = true
					continue
				}
				next := frac*10 + uint64(s[i]-'0')
				if next > 1<<63 {
					full = true
					continue
				}
				frac = next
				scale *= 10
			}
			digits = digits || i > 0
			s = s[i:]
		}
		if !digits {
			return invalid()
		}
		// Unit: everything up to the next number.
		i = 0
		for ; i < len(s) && s[i] != '.' && !isDigit(s[i]); i++ {
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitNanos(u)
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if whole > (1<<63)/unit {
			return invalid()
		}
		whole *= unit
		if frac > 0 {
			// In float64, as Go does: exact to the nanosecond for
			// fractions of every unit up to hours.
			whole += uint64(float64(frac) * (float64(unit) / scale))
			if whole > 1<<63 {
				return invalid()
			}
		}
		total += whole
		if total > 1<<63 {
			return invalid()
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return invalid()
	}
	return Duration(total), nil
}

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + utoa(uint64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + utoa(uint64(d)) + ")"
}

// A Time represents an instant in time with nanosecond precision.
// The zero value is January 1, year 1, 00:00:00.000000000 UTC.
//
// sec counts seconds since that zero instant; nsec is in [0, 1e9). Times
// from Now also carry a monotonic clock reading (mono, nanoseconds since
// the package started, valid when hasMono): Sub, Before, After and Equal
// use it when both operands have one, as Go does, so they are immune to
// wall-clock changes.
type Time struct {
	sec     int64
	nsec    int32
	hasMono bool
	mono    int64
}

const (
	secondsPerDay = 86400
	// Days from January 1, year 1 to January 1, 1970.
	daysToUnix = 719162
	// Seconds from January 1, year 1 to the Unix epoch.
	unixToInternal int64 = daysToUnix * secondsPerDay
)

// startNano is the monotonic origin of Time's monotonic readings (Go
// prints them relative to process start). One less than the first
// reading, so readings are positive.
var startNano int64 = runtimeNano() - 1

// Now returns the current time.
func Now() Time {
	wall := unixNano()
	mono := runtimeNano() - startNano
	sec := wall / 1e9
	nsec := wall % 1e9
	if nsec < 0 {
		nsec += 1e9
		sec--
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), hasMono: true, mono: mono}
}

// Unix returns the time corresponding to the given Unix time, sec seconds
// and nsec nanoseconds since January 1, 1970 UTC. It is valid to pass
// nsec outside the range [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec)}
}

// UnixMilli returns the time corresponding to the given Unix time, msec
// milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

// UnixMicro returns the time corresponding to the given Unix time, usec
// microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, (usec%1e6)*1e3)
}

// Since returns the time elapsed since t. It is shorthand for
// time.Now().Sub(t).
func Since(t Time) Duration {
	if t.hasMono {
		return monoSub(runtimeNano()-startNano, t.mono)
	}
	return Now().Sub(t)
}

// Until returns the duration until t. It is shorthand for
// t.Sub(time.Now()).
func Until(t Time) Duration {
	if t.hasMono {
		return monoSub(t.mono, runtimeNano()-startNano)
	}
	return t.Sub(Now())
}

// monoSub returns a-b as a Duration, saturating on overflow.
func monoSub(a, b int64) Duration {
	d := Duration(a - b)
	if d < 0 && a > b {
		return maxDuration
	}
	if d > 0 && a < b {
		return minDuration
	}
	return d
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := int64(t.nsec) + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	r := Time{sec: t.sec + dsec, nsec: int32(nsec)}
	if t.hasMono {
		m := t.mono + int64(d)
		// Keep the monotonic reading only if it did not overflow.
		if (d < 0 && m <= t.mono) || (d >= 0 && m >= t.mono) {
			r.hasMono = true
			r.mono = m
		}
	}
	return r
}

// Sub returns the duration t-u. If the result exceeds the maximum (or
// minimum) value that can be stored in a Duration, the maximum (or
// minimum) duration will be returned.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		return monoSub(t.mono, u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	// The arithmetic above wraps on overflow: check it by adding back.
	if u.Add(d).Equal(t) {
		return d
	}
	if t.Before(u) {
		return minDuration
	}
	return maxDuration
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// IsZero reports whether t represents the zero time instant,
// January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool {
	return t.sec == 0 && t.nsec == 0
}

// stripMono returns t without its monotonic clock reading.
func (t Time) stripMono() Time {
	return Time{sec: t.sec, nsec: t.nsec}
}

// UTC returns t with the location set to UTC (and, as in Go, without its
// monotonic clock reading).
func (t Time) UTC() Time { return t.stripMono() }

// Local returns t with the location set to local time, which Gust takes to
// be UTC (and, as in Go, without its monotonic clock reading).
func (t Time) Local() Time { return t.stripMono() }

// mulMod returns a*b mod m for a, b < m < 2^63, without overflow.
func mulMod(a, b, m uint64) uint64 {
	var r uint64
	a %= m
	for b > 0 {
		if b&1 != 0 {
			r = (r + a) % m
		}
		a = (a + a) % m
		b >>= 1
	}
	return r
}

// sinceZeroMod returns the time elapsed from the zero Time to t modulo
// d (d > 0), in [0, d).
func (t Time) sinceZeroMod(d Duration) Duration {
	m := uint64(d)
	s := t.sec % int64(d)
	if s < 0 {
		s += int64(d)
	}
	r := mulMod(uint64(s), 1e9%m, m)
	r = (r + uint64(t.nsec)%m) % m
	return Duration(r)
}

// Round returns the result of rounding t to the nearest multiple of d
// (since the zero time); halfway values round up. If d <= 0, Round returns
// t stripped of any monotonic clock reading but otherwise unchanged.
func (t Time) Round(d Duration) Time {
	t = t.stripMono()
	if d <= 0 {
		return t
	}
	r := t.sinceZeroMod(d)
	if !halfOrMore(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// Truncate returns the result of rounding t down to a multiple of d (since
// the zero time). If d <= 0, Truncate returns t stripped of any monotonic
// clock reading but otherwise unchanged.
func (t Time) Truncate(d Duration) Time {
	t = t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-t.sinceZeroMod(d))
}

// Unix returns t as a Unix time, the number of seconds elapsed since
// January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.sec - unixToInternal }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return t.Unix()*1e3 + int64(t.nsec)/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return t.Unix()*1e6 + int64(t.nsec)/1e3 }

// UnixNano returns t as a Unix time in nanoseconds. The result is
// undefined (it wraps) if it does not fit in an int64.
func (t Time) UnixNano() int64 { return t.Unix()*1e9 + int64(t.nsec) }

// days returns the days since January 1, year 1 and the seconds into the
// day.
func (t Time) days() (days int64, secs int64) {
	days = t.sec / secondsPerDay
	secs = t.sec % secondsPerDay
	if secs < 0 {
		secs += secondsPerDay
		days--
	}
	return days, secs
}

// civil converts days since January 1, year 1 to a proleptic Gregorian
// date. It counts in 400-year eras that start on March 1 (so the leap day
// ends a year), which makes month lengths regular.
func civil(days int64) (year int, month Month, day int) {
	// Days since March 1, year 0.
	z := days + 306
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // [0, 365]
	mp := (5*doy + 2) / 153                                // [0, 11], March = 0
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	days, _ := t.days()
	return civil(days)
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.days()
	return int(s / 3600), int(s % 3600 / 60), int(s % 60)
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	days, _ := t.days()
	// January 1, year 1 was a Monday.
	w := (days + 1) % 7
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

// YearDay returns the day of the year specified by t, in the range [1,365]
// for non-leap years, and [1,366] in leap years.
func (t Time) YearDay() int {
	y, m, d := t.Date()
	before := [...]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}
	n := before[m-1] + d
	if m > February && isLeap(y) {
		n++
	}
	return n
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute offset within the hour specified by t, in the
// range [0, 59].
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second offset within the minute specified by t, in
// the range [0, 59].
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanosecond offset within the second specified by
// t, in the range [0, 999999999].
func (t Time) Nanosecond() int { return int(t.nsec) }

// String returns the time formatted as Go's default layout
// "2006-01-02 15:04:05.999999999 -0700 MST" (always UTC here). If the time
// has a monotonic clock reading, it is appended as " m=±<seconds>".
func (t Time) String() string {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	var ys string
	if y < 0 {
		ys = "-" + pad(int64(-y), 4)
	} else {
		ys = pad(int64(y), 4)
	}
	out := ys + "-" + pad(int64(mo), 2) + "-" + pad(int64(d), 2) + " " +
		pad(int64(h), 2) + ":" + pad(int64(mi), 2) + ":" + pad(int64(s), 2) +
		fracDigits(uint64(t.nsec), 9) + " +0000 UTC"
	if t.hasMono {
		m := uint64(t.mono)
		sign := "+"
		if t.mono < 0 {
			sign = "-"
			m = -m
		}
		out += " m=" + sign + utoa(m/1e9) + "." + pad(int64(m%1e9), 9)
	}
	return out
}

// when returns the monotonic time d from now, saturating on overflow.
func when(d Duration) int64 {
	now := runtimeNano()
	if d <= 0 {
		return now
	}
	w := now + int64(d)
	if w < 0 {
		w = 1<<63 - 1
	}
	return w
}

// sendTime sends the current time on c without blocking (a reader that
// has not drained an earlier value misses this one).
func sendTime(c chan Time) {
	select {
	case c <- Now():
	default:
	}
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel. It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// Tick is a convenience wrapper for NewTicker providing access to the
// ticking channel only. It returns nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// The Timer type represents a single event. When the Timer expires, the
// current time will be sent on C, unless the Timer was created by AfterFunc.
//
// f is what the runtime starts in a goroutine when the timer fires (nil
// for a Timer not made by NewTimer or AfterFunc); id is the runtime timer.
type Timer struct {
	C  <-chan Time
	id int64
	f  func()
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.f = func() { sendTime(c) }
	t.id = startTimer(when(d), 0, t.f)
	return t
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. It returns a Timer that can be used to cancel the call using
// its Stop method.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.id = startTimer(when(d), 0, f)
	return t
}

// Stop prevents the Timer from firing. It returns true if the call stops
// the timer, false if the timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	if t.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.id)
}

// Reset changes the timer to expire after duration d. It returns true if
// the timer had been active, false if the timer had expired or been
// stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	w := when(d)
	active := stopTimer(t.id)
	t.id = startTimer(w, 0, t.f)
	return active
}

// A Ticker holds a channel that delivers "ticks" of a clock at intervals.
type Ticker struct {
	C  <-chan Time // The channel on which the ticks are delivered.
	id int64
	f  func()
}

// NewTicker returns a new Ticker containing a channel that will send the
// current time on the channel after each tick. The period of the ticks is
// specified by the duration argument. The duration d must be greater than
// zero; if not, NewTicker will panic. Ticks a slow receiver misses are
// dropped.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.f = func() { sendTime(c) }
	t.id = startTimer(when(d), int64(d), t.f)
	return t
}

// Stop turns off a ticker. After Stop, no more ticks will be sent. Stop
// does not close the channel.
func (t *Ticker) Stop() {
	if t.f != nil {
		stopTimer(t.id)
	}
}

// Reset stops a ticker and resets its period to the specified duration.
// The next tick will arrive after the new period elapses. The duration d
// must be greater than zero; if not, Reset will panic.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.f == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	w := when(d)
	stopTimer(t.id)
	t.id = startTimer(w, int64(d), t.f)
}
