using System.Globalization;
using System.Text.RegularExpressions;

namespace FinExtract.Scraping;

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
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["january"] = 1, ["feb"] = 2, ["february"] = 2, ["mar"] = 3, ["march"] = 3, ["apr"] = 4, ["april"] = 4,
        ["may"] = 5, ["jun"] = 6, ["june"] = 6, ["jul"] = 7, ["july"] = 7, ["aug"] = 8, ["august"] = 8, ["sep"] = 9, ["sept"] = 9,
        ["september"] = 9, ["oct"] = 10, ["october"] = 10, ["nov"] = 11, ["november"] = 11, ["dec"] = 12, ["december"] = 12,
    };

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

    [GeneratedRegex(@"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{2})\b(?:,?\s*(?:at\s+|/\s*|-\s*|\|\s*)?(?<h>\d{1,2})[:.](?<m>\d{2})\s*(?<ampm>[ap]\.?m\.?)?\s*(?<tz>[A-Z]{1,4}T|GMT|UTC|ET|PT|CT|MT)?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?<year>(?:19|20)\d{2})\b(?:,?\s*(?:at\s+|/\s*|-\s*|\|\s*)?(?<h>\d{1,2})[:.](?<m>\d{2})\s*(?<ampm>[ap]\.?m\.?)?\s*(?<tz>[A-Z]{1,4}T|GMT|UTC|ET|PT|CT|MT)?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"\b(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?:at\s+)?(?<h>\d{1,2})[:.](?<m>\d{2})\s*(?<ampm>[ap]\.?m\.?)?\s*(?<tz>[A-Z]{1,4}T|GMT|UTC|ET|PT|CT|MT)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayTimeNoYear();

    [GeneratedRegex(@"\b(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<year>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$|-|\.)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

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
            int y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), d = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
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
        return FindInText(text);
    }

    /// <summary>Finds the first human-written date in a text ("Published Nov. 20, 2019 at 1:39 a.m. ET").</summary>
    public static PageDate? FindInText(string text) => FindInText(text, null);

    /// <summary>
    /// Finds the first human-written date in a text; with <paramref name="defaultYear"/>, a month, day and
    /// time without a year ("Posted Nov 18, 8:19 PM") is read in that year.
    /// </summary>
    public static PageDate? FindInText(string text, int? defaultYear)
    {
        Match best = Match.Empty;
        foreach (var rx in new[] { MonthFirst(), DayFirst() })
        {
            var m = rx.Match(text);
            if (m.Success && (!best.Success || m.Index < best.Index)) best = m;
        }
        if (!best.Success && defaultYear != null)
        {
            var m = MonthDayTimeNoYear().Match(text);
            if (m.Success) best = m;
        }
        if (best.Success)
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
            bool hasOff = false;
            TimeSpan off = TimeSpan.Zero;
            if (best.Groups["tz"].Success)
            {
                string tz = best.Groups["tz"].Value.ToUpperInvariant();
                if (tz is "ET" or "PT" or "CT" or "MT")
                {
                    // US zone without daylight flag: decide by the date (second Sunday of March to first Sunday of November).
                    int baseH = tz switch { "ET" => -5, "CT" => -6, "MT" => -7, _ => -8 };
                    off = TimeSpan.FromHours(baseH + (IsUsDaylight(new DateTime(y, mo, d)) ? 1 : 0));
                    hasOff = true;
                }
                else if (Zones.TryGetValue(tz, out off)) hasOff = true;
            }
            return new PageDate(new DateTimeOffset(y, mo, d, h, mi, 0, off), true, hasOff);
        }
        var n = Numeric().Match(text);
        if (n.Success)
        {
            int a = int.Parse(n.Groups["a"].Value, CultureInfo.InvariantCulture), b = int.Parse(n.Groups["b"].Value, CultureInfo.InvariantCulture);
            int y = int.Parse(n.Groups["year"].Value, CultureInfo.InvariantCulture);
            // US order (month/day) unless the first number cannot be a month.
            (int mo, int d) = a > 12 ? (b, a) : (a, b);
            if (Valid(y, mo, d)) return new PageDate(new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero), false, false);
        }
        return null;
    }

    /// <summary>A date in a URL path (/2019/11/18/).</summary>
    public static PageDate? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var m = UrlDate().Match(url);
        if (!m.Success) return null;
        int y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), d = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        return Valid(y, mo, d) ? new PageDate(new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero), false, false) : null;
    }

    private static bool Valid(int y, int mo, int d) => y is >= 1990 and <= 2100 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo);

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
