package time

// Package time: declarations of the exported API of Go's "time" package
// that Gust offers. The Gust type checker parses this file to learn the
// package's API; the function bodies are supplied natively by Gust's stdlib.
//
// Not declared: Location (and LoadLocation, FixedZone, Time.In/UTC/Local/
// Location/Zone), Date, Parse/ParseInLocation, Time.Format/AppendFormat and
// the layout constants, AddDate, ISOWeek, the marshalling methods,
// ParseError.

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count.
type Duration int64

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string
func (d Duration) Nanoseconds() int64
func (d Duration) Microseconds() int64
func (d Duration) Milliseconds() int64
func (d Duration) Seconds() float64
func (d Duration) Minutes() float64
func (d Duration) Hours() float64
func (d Duration) Truncate(m Duration) Duration
func (d Duration) Round(m Duration) Duration
func (d Duration) Abs() Duration

func ParseDuration(s string) (Duration, error)

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

func (m Month) String() string

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

func (d Weekday) String() string

// A Time represents an instant in time with nanosecond precision.
// The zero value is January 1, year 1, 00:00:00.000000000 UTC.
type Time struct {
	wall uint64
	ext  int64
}

func Now() Time
func Unix(sec int64, nsec int64) Time
func UnixMilli(msec int64) Time
func UnixMicro(usec int64) Time
func Since(t Time) Duration
func Until(t Time) Duration

func (t Time) Add(d Duration) Time
func (t Time) Sub(u Time) Duration
func (t Time) After(u Time) bool
func (t Time) Before(u Time) bool
func (t Time) Equal(u Time) bool
func (t Time) IsZero() bool
func (t Time) Round(d Duration) Time
func (t Time) Truncate(d Duration) Time
func (t Time) Unix() int64
func (t Time) UnixMilli() int64
func (t Time) UnixMicro() int64
func (t Time) UnixNano() int64
func (t Time) Date() (year int, month Month, day int)
func (t Time) Clock() (hour, min, sec int)
func (t Time) Year() int
func (t Time) Month() Month
func (t Time) Day() int
func (t Time) Weekday() Weekday
func (t Time) YearDay() int
func (t Time) Hour() int
func (t Time) Minute() int
func (t Time) Second() int
func (t Time) Nanosecond() int
func (t Time) String() string

func Sleep(d Duration)
func After(d Duration) <-chan Time
func Tick(d Duration) <-chan Time

// The Timer type represents a single event. When the Timer expires, the
// current time will be sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C  <-chan Time
	id int64
}

func NewTimer(d Duration) *Timer
func AfterFunc(d Duration, f func()) *Timer
func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool

// A Ticker holds a channel that delivers "ticks" of a clock at intervals.
type Ticker struct {
	C  <-chan Time // The channel on which the ticks are delivered.
	id int64
}

func NewTicker(d Duration) *Ticker
func (t *Ticker) Stop()
func (t *Ticker) Reset(d Duration)
