using System.Globalization;
using System.Text.RegularExpressions;

namespace FinExtract.Text;

/// <summary>A date or time read from a page, kept at the precision the page gave.</summary>
/// <param name="Value">The moment (date at midnight when only a date was given).</param>
/// <param name="HasTime">Whether a time of day was given.</param>
/// <param name="HasOffset">Whether a UTC offset or zone was given.</param>
public readonly record struct PageDate(DateTimeOffset Value, bool HasTime, bool HasOffset)
{
    /// <summary>ISO 8601: a date, a local date-time, or a date-time with offset, as precise as the page.</summary>
    public string ToIso()
    {
        if (!HasTime) return Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!HasOffset) return Value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        return Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    /// <summary>The calendar date in the page's own time zone.</summary>
    public DateOnly Date => DateOnly.FromDateTime(Value.DateTime);
}

/// <summary>Parses the date formats news pages use: ISO 8601, RFC 1123, "Nov. 20, 2019 1:39 AM ET", "20 November 2019", URL paths.</summary>
public static partial class DateParser
{
    /// <summary>Month names of the main European languages, Turkish and Russian (Resources/lexicon/month-names.tsv).</summary>
    private static readonly Dictionary<string, int> Months = Lexicon.Read("month-names.tsv")
        .ToDictionary(r => r[1], r => int.Parse(r[0], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    /// <summary>The month (1-12) a name or abbreviation stands for in any listed language ("Sept", "März"), or null.</summary>
    public static int? MonthNumber(string name) => Months.TryGetValue(name.TrimEnd('.'), out int m) ? m : null;

    /// <summary>Weekday names of the main European languages, Turkish and Russian (Resources/lexicon/weekday-names.tsv).</summary>
    private static readonly Dictionary<string, int> Weekdays = Lexicon.Read("weekday-names.tsv")
        .ToDictionary(r => r[1], r => int.Parse(r[0], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    /// <summary>The weekday (1 Monday ... 7 Sunday) a name stands for in any listed language ("Thurs.", "Donnerstag"), or null.</summary>
    public static int? WeekdayNumber(string name) => Weekdays.TryGetValue(name.TrimEnd('.', ','), out int d) ? d : null;

    private static readonly Dictionary<string, TimeSpan> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero,
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4),
        ["CST"] = TimeSpan.FromHours(-6), ["CDT"] = TimeSpan.FromHours(-5),
        ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6),
        ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7),
        ["BST"] = TimeSpan.FromHours(1), ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2),
        ["IST"] = new TimeSpan(5, 30, 0), ["JST"] = TimeSpan.FromHours(9), ["HKT"] = TimeSpan.FromHours(8),
        ["SGT"] = TimeSpan.FromHours(8), ["AEDT"] = TimeSpan.FromHours(11), ["AEST"] = TimeSpan.FromHours(10),
    };

    /// <summary>The English month names and abbreviations, as a group named <c>mon</c>: the one spelling every English date pattern uses.</summary>
    public const string EnglishMonth =
        @"(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    [GeneratedRegex(@"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b" + EnglishMonth + @"\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{2})\b(?:,?\s*(?:at\s+|/\s*|-\s*|\|" +
        @"\s*)?(?<h>\d{1,2})[:.](?<m>\d{2})\s*(?<ampm>[ap]\.?m\.?)?\s*(?<tz>[A-Z]{1,4}T|GMT|UTC|ET|PT|CT|MT)?)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + EnglishMonth + @"\.?,?\s+(?<year>(?:19|20)\d{2})\b(?:,?\s*(?:at\s+|/\s*|-\s*|\|" +
        @"\s*)?(?<h>\d{1,2})[:.](?<m>\d{2})\s*(?<ampm>[ap]\.?m\.?)?\s*(?<tz>[A-Z]{1,4}T|GMT|UTC|ET|PT|CT|MT)?)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"\b" + EnglishMonth
        + @"\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?:at\s+)?(?<h>\d{1,2})[:.](?<m>\d{2})\s*(?<ampm>[ap]\.?m\.?)?\s*(?<tz>[A-Z]{1,4}T|GMT|UTC|ET|PT|CT|MT)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayTimeNoYear();

    [GeneratedRegex(@"(?<![\d.,/-])(?<a>\d{1,2})(?<sep>[/.-])\s?(?<b>\d{1,2})\k<sep>\s?(?<year>(?:19|20)\d{2})(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<![\d.,/-])(?<year>(?:19|20)\d{2})(?<sep>[/.-])(?<mon>\d{1,2})\k<sep>(?<day>\d{1,2})(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericYearFirst();

    /// <summary>"8.5.12", "02.12.19": day, month and a two-digit year with dots, as German-speaking sites write them.</summary>
    [GeneratedRegex(@"(?<![\d.,/-])(?<a>\d{1,2})\.(?<b>\d{1,2})\.(?<year>\d{2})(?![\d.])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericShortYear();

    /// <summary>
    /// "3. März 2021", "3 de marzo de 2021", "3 mars 2021", "3 marca 2021", "3rd of March, 2021"; a month given in two
    /// calendars' names ("24 نيسان / أبريل 2020", as Arabic news writes the Levantine and the Egyptian name) is read by either.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?<day>\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?\s{0,2}(?:de\s+|of\s+)?(?<mon>\p{L}{3,12})(?:\s?/\s?(?<mon2>\p{L}{3,12}))?" +
        @"\.?,?\s{1,2}(?:de\s+|" +
        @"del\s+)?(?<year>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex WordDayFirst();

    /// <summary>"March 3, 2021", "marzo 3, 2021".</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<mon>\p{L}{3,12})\.?\s{1,2}(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s{1,2}(?<year>(?:19|20)\d{2})(?!\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex WordMonthFirst();

    /// <summary>
    /// Chinese, Japanese and Korean dates, whole or in part: "2021年3月3日", "2023년 5월 27일", "2021年3月", "3月10日", "2020年".
    /// A page's date needs all three parts; the numbers stage reads the parts a sentence gives.
    /// </summary>
    [GeneratedRegex(@"(?<!\d)(?:(?<year>(?:19|20)\d\d)\s?[年년](?:\s?(?<mon>1[0-2]|0?[1-9])\s?[月월](?:\s?(?<day>[12]\d|3[01]|0?[1-9])\s?[日일])?)?" +
        @"|(?<mon>1[0-2]|0?[1-9])\s?[月월](?:\s?(?<day>[12]\d|3[01]|0?[1-9])\s?[日일])?)", RegexOptions.CultureInvariant)]
    public static partial Regex CjkDate();

    [GeneratedRegex(@"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$|-|\.)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlCompactDate();

    [GeneratedRegex(@"^\d{10}(?:\d{3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Epoch();

    /// <summary>Parses a machine-readable date (ISO 8601, RFC 1123, epoch seconds) or a human one.</summary>
    public static PageDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        var m = Iso().Match(text);
        if (m.Success)
        {
            int y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
                d = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            if (!Valid(y, mo, d)) return null;
            if (!m.Groups[4].Success) return new PageDate(new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero), false, false);
            int h = int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture), mi = int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture);
            int s = m.Groups[6].Success ? int.Parse(m.Groups[6].Value, CultureInfo.InvariantCulture) : 0;
            if (h > 23 || mi > 59 || s > 59) return null;
            TimeSpan off = TimeSpan.Zero;
            bool hasOff = m.Groups[7].Success;
            if (hasOff) off = ParseOffset(m.Groups[7].Value);
            if (off.Duration() > TimeSpan.FromHours(14)) return null;
            return new PageDate(new DateTimeOffset(y, mo, d, h, mi, s, off), true, hasOff);
        }
        if (Epoch().IsMatch(text))
        {
            long v = long.Parse(text, CultureInfo.InvariantCulture);
            if (text.Length == 13) v /= 1000;
            var dto = DateTimeOffset.FromUnixTimeSeconds(v);
            if (dto.Year is < 1990 or > 2100) return null;
            return new PageDate(dto, true, true);
        }
        if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.None, out var rfc))
            return new PageDate(rfc, true, true);
        if (Rfc2822(text) is { } mail) return mail;
        return FindInText(text);
    }

    /// <summary>Finds the first human-written date in a text ("Published Nov. 20, 2019 at 1:39 a.m. ET").</summary>
    public static PageDate? FindInText(string text) => FindInText(text, null);

    /// <summary>
    /// Finds the first human-written date in a text, in any of the languages of the month table, or written in
    /// digits. With <paramref name="defaultYear"/>, an English month, day and time without a year ("Posted
    /// Nov 18, 8:19 PM") is read in that year. <paramref name="dayFirst"/> says how to read an ambiguous
    /// "03/04/2021": day first (most of the world), month first (the US, the default for English), or null
    /// for month first. Dates written with dots or dashes ("03.04.2021") are always day first.
    /// </summary>
    public static PageDate? FindInText(string text, int? defaultYear, bool? dayFirst = null) => FindInText(text, defaultYear, dayFirst, out _);

    /// <summary>As <see cref="FindInText(string, int?, bool?)"/>, with where in the text the date starts.</summary>
    public static PageDate? FindInText(string text, int? defaultYear, bool? dayFirst, out int index)
    {
        // Candidates: the earliest wins; at one place, the longer match (it has the time).
        PageDate? best = null;
        int bestAt = int.MaxValue, bestLength = 0;
        void Offer(int at, int length, PageDate? date)
        {
            if (date is null || at > bestAt || (at == bestAt && length <= bestLength)) return;
            (best, bestAt, bestLength) = (date, at, length);
        }
        foreach (var rx in new[] { MonthFirst(), DayFirst() })
            if (rx.Match(text) is { Success: true } m) Offer(m.Index, m.Length, FromEnglish(m, null));
        foreach (Match m in WordDayFirst().Matches(text))
            if (m.Index < bestAt && FromWords(m) is { } d) { Offer(m.Index, m.Length, d); break; }
        foreach (Match m in WordMonthFirst().Matches(text))
            if (m.Index < bestAt && FromWords(m) is { } d) { Offer(m.Index, m.Length, d); break; }
        foreach (Match c in CjkDate().Matches(text))
            if (c.Groups["year"].Success && c.Groups["day"].Success)
            {
                Offer(c.Index, c.Length, FromGroups(c.Groups["year"].Value, c.Groups["mon"].Value, c.Groups["day"].Value));
                break;
            }
        foreach (Match m in NumericYearFirst().Matches(text))
            if (FromGroups(m.Groups["year"].Value, m.Groups["mon"].Value, m.Groups["day"].Value) is { } d) { Offer(m.Index, m.Length, d); break; }
        foreach (Match m in Numeric().Matches(text))
            if (FromNumeric(m, dayFirst) is { } d) { Offer(m.Index, m.Length, d); break; }
        if (best == null && NumericShortYear().Match(text) is { Success: true } sy)
        {
            int yy = int.Parse(sy.Groups["year"].Value, CultureInfo.InvariantCulture);
            Offer(sy.Index, sy.Length,
                FromGroups((yy < 70 ? 2000 + yy : 1900 + yy).ToString(CultureInfo.InvariantCulture), sy.Groups["b"].Value, sy.Groups["a"].Value));
        }
        if (best == null && defaultYear != null && MonthDayTimeNoYear().Match(text) is { Success: true } n)
            (best, bestAt) = (FromEnglish(n, defaultYear), n.Index);
        index = best == null ? -1 : bestAt;
        return best;
    }

    private static PageDate? FromWords(Match m)
    {
        if (!Months.TryGetValue(m.Groups["mon"].Value, out int mo) && !Months.TryGetValue(m.Groups["mon2"].Value, out mo)) return null;
        return FromGroups(m.Groups["year"].Value, mo.ToString(CultureInfo.InvariantCulture), m.Groups["day"].Value);
    }

    private static PageDate? FromGroups(string year, string month, string day)
    {
        int y = int.Parse(year, CultureInfo.InvariantCulture), mo = int.Parse(month, CultureInfo.InvariantCulture),
            d = int.Parse(day, CultureInfo.InvariantCulture);
        return Valid(y, mo, d) ? new PageDate(new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero), false, false) : null;
    }

    /// <summary>A date in digits with the day or the month first: "03/04/2021", "3.4.2021", "03-04-2021" (read by <see cref="ReadNumeric"/>).</summary>
    public static Regex NumericDate() => Numeric();

    /// <summary>A date in digits with the year first: "2021-03-04", "2021/3/4", "2021.03.04" (groups year, mon, day).</summary>
    public static Regex YearFirstDate() => NumericYearFirst();

    /// <summary>
    /// The day a <see cref="NumericDate"/> match stands for, or null. "03.04.2021" and "03-04-2021" are day first
    /// everywhere; "03/04/2021" as <paramref name="dayFirst"/> says (month first when null). A number over 12 cannot be
    /// the month, so "25/04/2021" and "04/25/2021" have one reading whatever the convention.
    /// </summary>
    public static DateOnly? ReadNumeric(Match m, bool? dayFirst)
    {
        int a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture), b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
        bool dayFirstHere = m.Groups["sep"].Value != "/" || dayFirst == true;
        if (a > 12) dayFirstHere = true;
        else if (b > 12) dayFirstHere = false;
        var (mo, d) = dayFirstHere ? (b, a) : (a, b);
        return Day(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), mo, d);
    }

    /// <summary>The day year-month-day names, or null when there is no such day (no 31 April, no 29 February 2023).</summary>
    public static DateOnly? Day(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static PageDate? FromNumeric(Match m, bool? dayFirst) =>
        ReadNumeric(m, dayFirst) is { } d && Valid(d.Year, d.Month, d.Day)
            ? new PageDate(new DateTimeOffset(d.Year, d.Month, d.Day, 0, 0, 0, TimeSpan.Zero), false, false) : null;

    private static PageDate? FromEnglish(Match best, int? defaultYear)
    {
        int y = best.Groups["year"].Success ? int.Parse(best.Groups["year"].Value, CultureInfo.InvariantCulture) : defaultYear!.Value;
        int mo = Months[best.Groups["mon"].Value.TrimEnd('.')];
        int d = int.Parse(best.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (!Valid(y, mo, d)) return null;
        if (!best.Groups["h"].Success) return new PageDate(new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero), false, false);
        int h = int.Parse(best.Groups["h"].Value, CultureInfo.InvariantCulture), mi = int.Parse(best.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (best.Groups["ampm"].Success)
        {
            bool pm = best.Groups["ampm"].Value.StartsWith('p') || best.Groups["ampm"].Value.StartsWith('P');
            if (h == 12) h = 0;
            if (pm) h += 12;
        }
        if (h > 23 || mi > 59) return new PageDate(new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero), false, false);
        var (hasOff, off) = Zone(best.Groups["tz"], y, mo, d);
        return new PageDate(new DateTimeOffset(y, mo, d, h, mi, 0, off), true, hasOff);
    }

    private static (bool, TimeSpan) Zone(Group tzGroup, int y, int mo, int d)
    {
        if (!tzGroup.Success) return (false, TimeSpan.Zero);
        string tz = tzGroup.Value.ToUpperInvariant();
        if (tz is "ET" or "PT" or "CT" or "MT")
        {
            // US zone without daylight flag: decide by the date (second Sunday of March to first Sunday of November).
            int baseH = tz switch { "ET" => -5, "CT" => -6, "MT" => -7, _ => -8 };
            return (true, TimeSpan.FromHours(baseH + (IsUsDaylight(new DateTime(y, mo, d)) ? 1 : 0)));
        }
        return Zones.TryGetValue(tz, out var off) ? (true, off) : (false, TimeSpan.Zero);
    }

    /// <summary>A date in a URL path (/2019/11/18/), or written as eight digits that open a path segment (/20191118/, /20191118-title).</summary>
    public static PageDate? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var m = UrlDate().Match(url);
        if (!m.Success) m = UrlCompactDate().Match(url);
        if (!m.Success) return null;
        int y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
            d = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        return Valid(y, mo, d) ? new PageDate(new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero), false, false) : null;
    }

    private static bool Valid(int y, int mo, int d) => y is >= 1990 and <= 2100 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo);

    /// <summary>
    /// An RFC 2822 stamp with a numeric offset, as mail, feeds and many meta tags write it ("Sat, 19 Oct 2019 00:04:00 +0200").
    /// </summary>
    private static PageDate? Rfc2822(string text)
    {
        var m = Rfc2822Stamp().Match(text);
        if (!m.Success || MonthNumber(m.Groups["mon"].Value) is not int mo) return null;
        int y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        int h = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture), mi = int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture);
        int sec = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        var off = ParseOffset(m.Groups["off"].Value);
        if (!Valid(y, mo, d) || h > 23 || mi > 59 || sec > 59 || off.Duration() > TimeSpan.FromHours(14)) return null;
        return new PageDate(new DateTimeOffset(y, mo, d, h, mi, sec, off), true, true);
    }

    [GeneratedRegex(@"^(?:[A-Za-z]{3},\s*)?(?<d>\d{1,2})\s+(?<mon>[A-Za-z]{3})\s+(?<y>\d{4})\s+(?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2}))?\s+(?<off>[+-]\d{4})$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Rfc2822Stamp();

    private static TimeSpan ParseOffset(string s)
    {
        if (s == "Z") return TimeSpan.Zero;
        int sign = s[0] == '-' ? -1 : 1;
        string digits = s[1..].Replace(":", "");
        int h = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        int mi = digits.Length >= 4 ? int.Parse(digits[2..4], CultureInfo.InvariantCulture) : 0;
        return sign * new TimeSpan(h, mi, 0);
    }

    private static bool IsUsDaylight(DateTime d)
    {
        var start = NthSunday(d.Year, 3, 2);
        var end = NthSunday(d.Year, 11, 1);
        return d >= start && d < end;
    }

    private static DateTime NthSunday(int year, int month, int n)
    {
        var first = new DateTime(year, month, 1);
        int offset = ((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }
}
