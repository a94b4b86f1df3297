using System.Text.Json;
using FinExtract.Learning;

namespace FinExtract.Numbers;

/// <summary>
/// Reads the number-role corpus (JSONL: doc, text, numbers with start, end, role) into training rows. The
/// numbers are found by the same recognizer the stage uses, so training sees the kinds and spans inference
/// sees; a recognised number the corpus does not label is "other".
/// </summary>
public static class NumberRoleCorpus
{
    /// <summary>The rows of the corpus, with their document ids.</summary>
    public static List<(string Doc, NumberRoleRow Row)> Read(string path, NumberRecognizer recognizer)
    {
        var rows = new List<(string, NumberRoleRow)>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            string id = r.GetProperty("doc").GetString() ?? throw new InvalidDataException($"{path}:{lineNo}: no doc id");
            string text = r.GetProperty("text").GetString() ?? "";
            var labels = r.GetProperty("numbers").EnumerateArray()
                .Select(n => (Start: n.GetProperty("start").GetInt32(), End: n.GetProperty("end").GetInt32(),
                Role: n.GetProperty("role").GetString() ?? "other")).ToList();
            var dates = DateRecognizer.Find(text, 0, text.Length, null, _ => (0, text.Length));
            var blocked = dates.Select(d => (d.Start, d.End)).ToList();
            foreach (var n in recognizer.Find(text, 0, text.Length, blocked))
            {
                if (n.Kind is "date" or "time" or "ordinal") continue;
                var label = labels.FirstOrDefault(l => l.Start < n.End && n.Start < l.End);
                string role = label.Role ?? "other";
                var (ss, se) = SentenceAround(text, n.Start);
                var (ctx, at) = NumberStage.RoleContext(text, n, ss, se);
                rows.Add((id, new NumberRoleRow { Label = role, Features = NumberFeatures.For(ctx, at, n.Kind) }));
            }
        }
        return rows;
    }

    private static (int, int) SentenceAround(string text, int pos)
    {
        int s = pos;
        while (s > 0 && !(text[s - 1] == ' ' && s >= 2 && text[s - 2] == '.')) s--;
        int e = text.IndexOf(". ", pos, StringComparison.Ordinal);
        return (s, e < 0 ? text.Length : e + 1);
    }
}
