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
    private const string Mon = Text.DateParser.EnglishMonth;

    [GeneratedRegex(@"\b" + Mon + @"\.?\s(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%])(?:,?\s(?<year>(?:19|20)\d\d)\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s(?:of\s)?" + Mon + @"\b\.?(?:,?\s(?<year>(?:19|20)\d\d)\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b" + Mon + @"\.?,?\s(?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

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

    // a bare "1:10" beside a word of ratios ("a 1:10 reverse split", "a ratio of 3:1") is a ratio, not a time
    [GeneratedRegex(@"\b(?<h>[01]?\d|2[0-3])(?::(?<m>[0-5]\d))?\s?(?<ampm>[ap]\.m\.|[AP]M\b|[ap]m\b)|" +
        "(?<!" + NumberRecognizer.RatioWordsBefore + @")\b(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)\b(?!\s+" + NumberRecognizer.RatioWordsAfter + ")",
        RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"\b(?:will|would|next|coming|scheduled|due|expected|to\sbe|is\sset\sto|plans?\sto)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();

    /// <summary>The month a name the patterns matched stands for, from the one date parser's month table (Text/DateParser.cs).</summary>
    private static int MonthOf(string s) => Text.DateParser.MonthNumber(s) ?? throw new InvalidOperationException($"'{s}' is not in month-names.tsv");

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

        /// <summary>Days: in digits, month and day in either order, CJK; the forms a page date also takes are read by Text/DateParser.cs.</summary>
        public void Days()
        {
            foreach (Match m in All(Text.DateParser.YearFirstDate()))
                if (Text.DateParser.Day(YearOf(m.Groups["year"]), Int(m, "mon"), Int(m, "day")) is { } d)
                    AddAt(m, Iso(d), "day", m.Value.Contains('-') ? "date.iso" : "date.numeric", m.Value.Contains('-') ? 0.98 : 0.9);
            foreach (Match m in All(Text.DateParser.NumericDate()))
                if (Text.DateParser.ReadNumeric(m, dayFirst: null) is { } d) AddAt(m, Iso(d), "day", "date.numeric", 0.9);
            foreach (var rx in new[] { MonthDay(), DayMonth() })
                foreach (Match m in All(rx))
                {
                    int mon = MonthOf(m.Groups["mon"].Value), day = Int(m, "day");
                    if (day < 1 || day > 31) continue;
                    if (m.Groups["mon"].Value == "May" && !m.Groups["year"].Success && rx == DayMonth()) continue;
                    DayOrMonthDay(m, YearOf(m.Groups["year"]), mon, day, "date.month_day");
                }
            CjkDays();
            foreach (Match m in All(MonthYear()))
                AddAt(m, $"{YearOf(m.Groups["year"])}-{MonthOf(m.Groups["mon"].Value):00}", "month", "date.month_year", 0.95);
        }

        private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

        /// <summary>A day with its year, or without one: then the year nearest the publication day, or "--MM-DD" when there is none.</summary>
        private void DayOrMonthDay(Match m, int year, int mon, int day, string rule)
        {
            if (year == 0 && published is { } p) year = NearestYear(p, mon, day);
            if (year > 0 && Text.DateParser.Day(year, mon, day) is { } d) AddAt(m, Iso(d), "day", rule, 0.95);
            else if (year == 0) AddAt(m, $"--{mon:00}-{day:00}", "day", rule, 0.8);
        }

        private void CjkDays()
        {
            if (_region.AsSpan().IndexOfAny("年月년월") < 0) return;
            foreach (Match m in All(Text.DateParser.CjkDate()))
            {
                int year = YearOf(m.Groups["year"]);
                if (!m.Groups["mon"].Success) { AddAt(m, year.ToString(CultureInfo.InvariantCulture), "year", "date.cjk", 0.95, numeric: true); continue; }
                int mon = Int(m, "mon");
                if (!m.Groups["day"].Success) { AddAt(m, year > 0 ? $"{year}-{mon:00}" : $"--{mon:00}", "month", "date.cjk", 0.9); continue; }
                DayOrMonthDay(m, year, mon, Int(m, "day"), "date.cjk");
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

    /// <summary>The year that puts month/day nearest the published date (news looks back more than ahead).</summary>
    private static int NearestYear(DateOnly published, int month, int day)
    {
        int best = published.Year;
        int bestDist = int.MaxValue;
        for (int y = published.Year - 1; y <= published.Year + 1; y++)
        {
            if (Text.DateParser.Day(y, month, day) is not { } d) continue;
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
