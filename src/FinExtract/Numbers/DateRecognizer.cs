using System.Globalization;
using System.Text.RegularExpressions;

namespace FinExtract.Numbers;

/// <summary>
/// Dates and periods in body text ("Nov. 20", "20 November 2024", "Q3 2023", "fiscal 2024", "first half of
/// 2024", "Friday", "last year", "2024"), resolved against the article's published date where they can be,
/// else kept as text. Runs before the number scanner, so a date's digits are never read as counts.
/// </summary>
public static partial class DateRecognizer
{
    private const string Mon =
        @"(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    [GeneratedRegex(@"\b" + Mon + @"\.?\s(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%])(?:,?\s(?<year>(?:19|20)\d\d)\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s(?:of\s)?" + Mon + @"\b\.?(?:,?\s(?<year>(?:19|20)\d\d)\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b" + Mon + @"\.?,?\s(?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d\d)-(?<m>[01]\d)-(?<d>[0-3]\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<m>[0-3]?\d)/(?<d>[0-3]?\d)/(?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex UsDate();

    /// <summary>A date written with full stops ("28.01.2022", "3.2.2021"): day first wherever this form is used.</summary>
    [GeneratedRegex(@"(?<![\d.,])\b(?<d>[0-3]?\d)\.(?<m>[01]?\d)\.(?<year>(?:19|20)\d\d)\b(?![.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DottedDate();

    /// <summary>Chinese, Japanese and Korean dates: "2021年3月3日", "3月10日", "2023년 5월 27일", "2020年".</summary>
    [GeneratedRegex(@"(?<!\d)(?:(?<year>(?:19|20)\d\d)\s?[年년](?:\s?(?<m>1[0-2]|0?[1-9])\s?[月월](?:\s?(?<d>[12]\d|3[01]|0?[1-9])\s?[日일])?)?" +
        @"|(?<m>1[0-2]|0?[1-9])\s?[月월](?:\s?(?<d>[12]\d|3[01]|0?[1-9])\s?[日일])?)",
        RegexOptions.CultureInvariant)]
    private static partial Regex CjkDate();

    [GeneratedRegex(@"\b(?:Q(?<q>[1-4])|(?<q>[1-4])Q)(?:\s?(?:FY\s?|fiscal\s)?'?(?<year>(?:19|20)?\d\d))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterShort();

    [GeneratedRegex(@"\b(?:the\s)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-](?:fiscal\s|financial\s)?(?<unit>quarter|" +
        @"half)(?:\s(?:of\s)?(?:fiscal\s|the\s(?:fiscal\s)?year\s)?(?<year>(?:19|20)\d\d)\b)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeriodLong();

    [GeneratedRegex(@"\bH(?<h>[12])\s?(?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HalfShort();

    [GeneratedRegex(@"\b(?:fiscal(?:\syear)?\s|financial\syear\s|FY\s?'?)(?<year>(?:19|20)?\d\d)(?:[-/](?<year2>\d\d(?:\d\d)?))?\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Fiscal();

    [GeneratedRegex(@"\b(?<rel>last|this|next|past|previous|coming)\s(?<unit>year|month|week|quarter)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\b(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"(?<![\d,.$€£¥])\b(?<decade>(?:19|20)\d0)s\b", RegexOptions.CultureInvariant)]
    private static partial Regex Decade();

    [GeneratedRegex(@"(?<![\d,.$€£¥#-])\b(?<year>(?:19|20)\d\d)\b(?![\d,.]\d|\s?%|\s?(?:percent|per\scent|million|billion|bn|mn|trillion)\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?<h>[01]?\d|2[0-3])(?::(?<m>[0-5]\d))?\s?(?<ampm>[ap]\.m\.|[AP]M\b|[ap]m\b)|\b(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"\b(?:will|would|next|coming|scheduled|due|expected|to\sbe|is\sset\sto|plans?\sto)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();

    /// <summary>The month a name the patterns matched stands for, from the scraper's month table (one table for both).</summary>
    private static int MonthOf(string s) => Scraping.DateParser.MonthNumber(s) ?? throw new InvalidOperationException($"'{s}' is not in month-names.tsv");

    /// <summary>
    /// Finds dates and times in <paramref name="text"/>[start, end); <paramref name="published"/> resolves partial
    /// dates. <paramref name="sentenceOf"/> gives the sentence span around an offset, for tense cues.
    /// </summary>
    public static List<NumberMention> Find(string text, int start, int end, DateOnly? published, Func<int, (int Start, int End)> sentenceOf)
    {
        var scan = new Scan(text, start, end, published, sentenceOf);
        scan.Days();
        scan.Periods();
        scan.Relatives();
        scan.Weekdays();
        scan.Rest();
        scan.Found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return scan.Found;
    }

    /// <summary>One pass over a region: each pattern in turn, a span taken by an earlier pattern left alone.</summary>
    private sealed class Scan(string text, int start, int end, DateOnly? published, Func<int, (int Start, int End)> sentenceOf)
    {
        public readonly List<NumberMention> Found = new();
        private readonly List<(int S, int E)> _taken = new();
        private readonly string _region = text.Substring(start, end - start);
        private readonly int? _pubYear = published?.Year;

        private bool Free(int s, int e) => !_taken.Any(t => s < t.E && t.S < e);

        private static int YearOf(Group g)
        {
            if (!g.Success) return 0;
            int y = int.Parse(g.Value.TrimStart('\''), CultureInfo.InvariantCulture);
            return y < 100 ? 2000 + y : y;
        }

        private IEnumerable<Match> All(Regex r) => r.Matches(_region).Cast<Match>();

        private void AddAt(Match m, string value, string unit, string rule, double conf, bool numeric = false)
        {
            int s = start + m.Index, e = s + m.Length;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (!Free(s, e)) return;
            _taken.Add((s, e));
            double? v = numeric && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
            Found.Add(new NumberMention { Start = s, End = e, Kind = unit == "time" ? "time" : "date", Value = v, ValueText = v == null ? value : "",
                Unit = unit, Rule = rule, Confidence = conf });
        }

        /// <summary>Days: ISO, numeric, month and day in either order.</summary>
        public void Days()
        {
            foreach (Match m in All(IsoDate()))
                if (DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    AddAt(m, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "day", "date.iso", 0.98);
            foreach (Match m in All(UsDate()))
            {
                int first = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), second = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                // Month first as US news writes it; when the first number cannot be a month (13/04/2022), day first.
                if (TryDate(YearOf(m.Groups["year"]), first, second, out var d) || TryDate(YearOf(m.Groups["year"]), second, first, out d))
                    AddAt(m, Iso(d), "day", "date.numeric", 0.9);
            }
            foreach (Match m in All(DottedDate()))
                if (TryDate(YearOf(m.Groups["year"]), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), out var d))
                    AddAt(m, Iso(d), "day", "date.numeric", 0.9);
            foreach (var rx in new[] { MonthDay(), DayMonth() })
                foreach (Match m in All(rx))
                {
                    int mon = MonthOf(m.Groups["mon"].Value), day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
                    if (day < 1 || day > 31) continue;
                    if (m.Groups["mon"].Value == "May" && !m.Groups["year"].Success && rx == DayMonth()) continue;
                    int year = YearOf(m.Groups["year"]);
                    if (year == 0 && published is { } p) year = NearestYear(p, mon, day);
                    if (year > 0 && TryDate(year, mon, day, out var d)) AddAt(m, Iso(d), "day", "date.month_day", 0.95);
                    else if (year == 0) AddAt(m, $"--{mon:00}-{day:00}", "day", "date.month_day", 0.8);
                }
            CjkDays();
            foreach (Match m in All(MonthYear()))
                AddAt(m, $"{YearOf(m.Groups["year"])}-{MonthOf(m.Groups["mon"].Value):00}", "month", "date.month_year", 0.95);
        }

        private void CjkDays()
        {
            if (_region.AsSpan().IndexOfAny("年月년월") < 0) return;
            foreach (Match m in All(CjkDate()))
            {
                int year = YearOf(m.Groups["year"]);
                if (!m.Groups["m"].Success) { AddAt(m, year.ToString(CultureInfo.InvariantCulture), "year", "date.cjk", 0.95, numeric: true); continue; }
                int mon = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                if (!m.Groups["d"].Success) { AddAt(m, year > 0 ? $"{year}-{mon:00}" : $"--{mon:00}", "month", "date.cjk", 0.9); continue; }
                int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                if (year == 0 && published is { } p) year = NearestYear(p, mon, day);
                if (year > 0 && TryDate(year, mon, day, out var d)) AddAt(m, Iso(d), "day", "date.cjk", 0.95);
                else if (year == 0) AddAt(m, $"--{mon:00}-{day:00}", "day", "date.cjk", 0.8);
            }
        }

        /// <summary>Fiscal years, quarters, halves.</summary>
        public void Periods()
        {
            int? pubYear = _pubYear;
            foreach (Match m in All(Fiscal()))
            {
                int y = YearOf(m.Groups["year"]);
                string v = m.Groups["year2"].Success ? $"FY{y}-{YearOf(m.Groups["year2"]) % 100:00}" : $"FY{y}";
                AddAt(m, v, "fiscal_year", "date.fiscal", 0.95);
            }
            foreach (Match m in All(QuarterShort()))
            {
                int y = YearOf(m.Groups["year"]);
                if (y == 0) y = pubYear ?? 0;
                AddAt(m, y > 0 ? $"{y}-Q{m.Groups["q"].Value}" : $"Q{m.Groups["q"].Value}", "quarter", "date.quarter", 0.95);
            }
            foreach (Match m in All(PeriodLong()))
            {
                int n = m.Groups["ord"].Value.ToLowerInvariant() switch { "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, _ => 4 };
                bool half = m.Groups["unit"].Value.Equals("half", StringComparison.OrdinalIgnoreCase);
                if (half && n > 2) continue;
                int y = YearOf(m.Groups["year"]);
                if (y == 0) y = pubYear ?? 0;
                string p = half ? $"H{n}" : $"Q{n}";
                AddAt(m, y > 0 ? $"{y}-{p}" : p, half ? "half" : "quarter", "date.period", 0.9);
            }
            foreach (Match m in All(HalfShort()))
                AddAt(m, $"{YearOf(m.Groups["year"])}-H{m.Groups["h"].Value}", "half", "date.half", 0.95);
        }

        /// <summary>"last year", "next month": resolved against the publication day when there is one.</summary>
        public void Relatives()
        {
            int? pubYear = _pubYear;
            foreach (Match m in All(Relative()))
            {
                string rel = m.Groups["rel"].Value.ToLowerInvariant(), unit = m.Groups["unit"].Value.ToLowerInvariant();
                if (unit == "year" && pubYear is int py)
                {
                    int y = rel switch { "last" or "past" or "previous" => py - 1, "next" or "coming" => py + 1, _ => py };
                    AddAt(m, y.ToString(CultureInfo.InvariantCulture), "year", "date.relative", 0.85, numeric: true);
                }
                else if (published is { } pd && ResolveRelative(rel, unit, pd) is { } resolved)
                    AddAt(m, resolved, unit, "date.relative", 0.8);
                else AddAt(m, m.Value.ToLowerInvariant(), unit, "date.relative", 0.7);
            }
        }

        /// <summary>Weekdays and today/yesterday/tomorrow: the day they name near the publication day.</summary>
        public void Weekdays()
        {
            foreach (Match m in All(Weekday()))
            {
                string w = m.Groups["day"].Value.ToLowerInvariant();
                if (char.IsLower(m.Value[0]) && w is not ("today" or "yesterday" or "tomorrow")) continue;
                string value = w;
                if (published is { } p)
                {
                    DateOnly d;
                    if (w == "today") d = p;
                    else if (w == "yesterday") d = p.AddDays(-1);
                    else if (w == "tomorrow") d = p.AddDays(1);
                    else
                    {
                        var target = Enum.Parse<DayOfWeek>(w, ignoreCase: true);
                        var (ss, se) = sentenceOf(start + m.Index);
                        bool future = FutureCue().IsMatch(text.AsSpan(ss, se - ss).ToString());
                        int back = ((int)p.DayOfWeek - (int)target + 7) % 7;
                        d = future && back != 0 ? p.AddDays(7 - back) : p.AddDays(-back);
                    }
                    value = Iso(d);
                }
                AddAt(m, value, "day", "date.weekday", published is null ? 0.6 : 0.8);
            }
        }

        /// <summary>Decades, times of day and bare years.</summary>
        public void Rest()
        {
            foreach (Match m in All(Decade()))
                AddAt(m, m.Groups["decade"].Value + "s", "decade", "date.decade", 0.9);
            foreach (Match m in All(TimeOfDay()))
                AddAt(m, m.Value.Trim(), "time", "date.time", 0.9);
            foreach (Match m in All(Year()))
                AddAt(m, m.Value, "year", "date.year", 0.85, numeric: true);
        }
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDate(int y, int m, int d, out DateOnly date)
    {
        date = default;
        if (y < 1 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>The year that puts month/day nearest the published date (news looks back more than ahead).</summary>
    private static int NearestYear(DateOnly published, int month, int day)
    {
        int best = published.Year;
        int bestDist = int.MaxValue;
        for (int y = published.Year - 1; y <= published.Year + 1; y++)
        {
            if (!TryDate(y, month, day, out var d)) continue;
            int dist = d.DayNumber - published.DayNumber;
            int cost = dist > 0 ? dist * 2 : -dist;
            if (cost < bestDist) { bestDist = cost; best = y; }
        }
        return best;
    }

    /// <summary>
    /// "last month", "this week", "next quarter" against the publication date: 2024-02, 2024-W06, 2024-Q2
    /// (ISO weeks). Null for a unit it does not resolve.
    /// </summary>
    internal static string? ResolveRelative(string rel, string unit, DateOnly published)
    {
        int step = rel switch { "last" or "past" or "previous" => -1, "next" or "coming" => 1, _ => 0 };
        switch (unit)
        {
            case "month":
                var mo = published.AddMonths(step);
                return mo.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            case "week":
                var wk = published.AddDays(7 * step).ToDateTime(TimeOnly.MinValue);
                return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(wk)}-W{ISOWeek.GetWeekOfYear(wk):00}");
            case "quarter":
                int q = (published.Month - 1) / 3 + step, y = published.Year;
                if (q < 0) { q += 4; y--; }
                if (q > 3) { q -= 4; y++; }
                return string.Create(CultureInfo.InvariantCulture, $"{y}-Q{q + 1}");
            default:
                return null;
        }
    }
}
