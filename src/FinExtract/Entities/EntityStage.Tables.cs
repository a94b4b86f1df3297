using System.Text.RegularExpressions;

namespace FinExtract.Entities;

/// <summary>People named in a table's column ("Pos | Player | Snaps", "Date | Amount | Contributor") or in a list of names, one a line.</summary>
public sealed partial class EntityStage
{
    /// <summary>Rows a table needs before its columns are read as lists of one kind of name.</summary>
    private const int MinTableRows = 3;

    /// <summary>How many of a column's name-like cells must already be people, and what share of them, for the rest to be.</summary>
    private const int MinPeopleInColumn = 3;

    private const double MinPeopleShareInColumn = 0.6;

    /// <summary>The longest cell read as a person's name.</summary>
    private const int MaxNameCellLength = 48;

    /// <summary>
    /// A table's column whose name-like cells (two to five capitalised words, initials or name particles) are mostly people already
    /// found by other means names people in the rest of them too: a roster, a list of donors, of candidates or of drivers is
    /// written one kind to a column, and names no context can type ("LB | Ivo Marsh | 74"). A cell another rule typed keeps its type;
    /// the first row is a heading ("Full Name | Party") unless it is a person already.
    /// The scraper writes a table's row as one line with its cells parted by " | ", and a list's items one a line; three or more
    /// lines in a row that are each a name alone (after a number or a bullet) are read as a column too, and so is a list run into one
    /// line with its numbers in order ("1. X Y 2. Z W 3. ...").
    /// </summary>
    private void PeopleInTableColumns(string body, List<Candidate> chosen)
    {
        bool added = false;
        foreach (var column in TableColumns(body).Concat(NameLists(body)).Concat(NumberedRuns(body)))
        {
            var names = column.Where(c => IsNameCell(body, c.Start, c.End)).ToList();
            int people = names.Count(c => chosen.Any(p => p.Type == "PERSON" && p.Start >= c.Start && p.End <= c.End));
            if (people < MinPeopleInColumn || people < MinPeopleShareInColumn * names.Count) continue;
            foreach (var (start, end) in names.Where(c => c != column[0]))
                added |= ClaimSpan(chosen, new Candidate(AfterTitle(body, start, end), end, "PERSON", Heuristics.TableColumn),
                    p => p.Type != "UNKNOWN" && p.Confidence >= _minConfidence);
        }
        if (added) chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The columns of each table in the body: runs of three or more row lines with the same number of cells (blank lines between
    /// rows allowed), each column the list of its cells' trimmed spans.</summary>
    private static IEnumerable<List<(int Start, int End)>> TableColumns(string body)
    {
        var rows = new List<List<(int Start, int End)>>();
        foreach (var (at, end) in Lines(body))
        {
            var cells = Cells(body, at, end);
            if (rows.Count > 0 && (cells.Count < 2 || cells.Count != rows[0].Count))
            {
                foreach (var column in ColumnsOf(rows)) yield return column;
                rows.Clear();
            }
            if (cells.Count >= 2) rows.Add(cells);
        }
        foreach (var column in ColumnsOf(rows)) yield return column;
    }

    private static IEnumerable<List<(int Start, int End)>> ColumnsOf(List<List<(int Start, int End)>> rows)
    {
        if (rows.Count < MinTableRows) yield break;
        for (int i = 0; i < rows[0].Count; i++) yield return rows.Select(r => r[i]).ToList();
    }

    /// <summary>Runs of three or more lines (blank lines between allowed) that are each a name alone, after a list's number or bullet.</summary>
    private static IEnumerable<List<(int Start, int End)>> NameLists(string body)
    {
        var items = new List<(int Start, int End)>();
        foreach (var (at, end) in Lines(body))
        {
            // (a table's row is no list item; a line without cells is its one cell, trimmed)
            bool row = body.AsSpan(at, end - at).Contains(" | ", StringComparison.Ordinal);
            var (s, e) = row ? (at, at) : Trimmed(body, at, end);
            s = AfterListMarker(body, s, e);
            if (!row && IsNameCell(body, s, e)) items.Add((s, e));
            else
            {
                if (items.Count >= MinTableRows) yield return items;
                items = [];
            }
        }
        if (items.Count >= MinTableRows) yield return items;
    }

    /// <summary>A numbered list run into one line ("01. Ada Quarles 02. Ivo Marsh 03. ..."): three or more items whose numbers follow
    /// one another, each the text between its number and the next.</summary>
    private static IEnumerable<List<(int Start, int End)>> NumberedRuns(string body)
    {
        foreach (var (at, end) in Lines(body))
        {
            // (most lines hold no list number: they are read without building a string or a match list)
            if (ListNumber().Count(body.AsSpan(at, end - at)) < MinTableRows) continue;
            var marks = ListNumber().Matches(body[at..end]);
            var items = new List<(int Start, int End)>();
            for (int k = 0; k < marks.Count; k++)
            {
                if (k > 0 && int.Parse(marks[k].Groups[1].ValueSpan) != int.Parse(marks[k - 1].Groups[1].ValueSpan) + 1)
                {
                    if (items.Count >= MinTableRows) yield return items;
                    items = [];
                }
                int s = at + marks[k].Index + marks[k].Length, e = k + 1 < marks.Count ? at + marks[k + 1].Index : end;
                while (e > s && body[e - 1] is ' ' or ',' or ';') e--;
                items.Add((s, e));
            }
            if (items.Count >= MinTableRows) yield return items;
        }
    }

    /// <summary>A list's number in running text: one to three digits and a full stop, at the line's start or after a space.</summary>
    [GeneratedRegex(@"(?<!\S)(\d{1,3})\. ", RegexOptions.CultureInvariant)]
    private static partial Regex ListNumber();

    /// <summary>Where a list item's text starts: after "12. ", "3) " or a bullet and a space.</summary>
    private static int AfterListMarker(string body, int start, int end)
    {
        int i = start;
        while (i < end && i - start < 3 && char.IsDigit(body[i])) i++;
        if (i > start && i + 1 < end && body[i] is '.' or ')' && body[i + 1] == ' ') return i + 2;
        return i == start && start + 1 < end && body[start] is '•' or '*' or '-' or '–' or '·' && body[start + 1] == ' ' ? start + 2 : start;
    }

    /// <summary>The body's lines that hold anything, as spans without their line break.</summary>
    private static IEnumerable<(int Start, int End)> Lines(string body)
    {
        for (int at = 0; at < body.Length;)
        {
            int nl = body.IndexOf('\n', at);
            int end = nl < 0 ? body.Length : nl;
            if (end > at) yield return (at, end);
            at = end + 1;
        }
    }

    /// <summary>A line's cells, parted by " | ", each trimmed of spaces.</summary>
    private static List<(int Start, int End)> Cells(string body, int start, int end)
    {
        var cells = new List<(int Start, int End)>();
        while (true)
        {
            int bar = body.IndexOf(" | ", start, end - start, StringComparison.Ordinal);
            cells.Add(Trimmed(body, start, bar < 0 ? end : bar));
            if (bar < 0) return cells;
            start = bar + 3;
        }
    }

    /// <summary>The span [start, end) without the white space at its ends.</summary>
    private static (int Start, int End) Trimmed(string body, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(body[start])) start++;
        while (end > start && char.IsWhiteSpace(body[end - 1])) end--;
        return (start, end);
    }

    /// <summary>Two to five words, the first capitalised, the rest capitalised words, initials ("M."), name particles or a generation
    /// ("Jr."): how a person's name stands alone in a cell. No digits.</summary>
    private static bool IsNameCell(string body, int start, int end)
    {
        if (end - start > MaxNameCellLength || end <= start) return false;
        var words = body[start..end].Split(' ');
        if (words.Length is < 2 or > 5 || !char.IsUpper(words[0][0])) return false;
        foreach (var w in words)
        {
            if (w.Length == 0 || w.Any(char.IsDigit)) return false;
            if (!char.IsUpper(w[0]) && !EntityLexicon.NameParticles.Contains(w)) return false;
            if (!w.All(ch => char.IsLetter(ch) || ch is '.' or '-' or '\'' or '’')) return false;
        }
        return words.Count(w => w.Length > 2 && !w.EndsWith('.')) >= 1;
    }

    /// <summary>Where the name in a cell starts: after a leading title ("Dr", "Sir"), which is no part of the name.</summary>
    private static int AfterTitle(string body, int start, int end)
    {
        int space = body.IndexOf(' ', start, end - start);
        if (space < 0) return start;
        string first = body[start..space].TrimEnd('.');
        return EntityLexicon.Titles.Contains(first) || EntityLexicon.TitleAbbreviations.Contains(first) ? space + 1 : start;
    }
}
