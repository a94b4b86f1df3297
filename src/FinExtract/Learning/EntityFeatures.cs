using System.Text;

namespace FinExtract.Learning;

/// <summary>
/// The features of a candidate name for the entity-type classifier, as a bag of tagged tokens: its words,
/// their shapes and endings, and the words around it. One function, used by training and prediction alike.
/// </summary>
public static class EntityFeatures
{
    /// <summary>
    /// Features of the span [start, end) of text. With <paramref name="known"/>, a neighbour that the
    /// gazetteers name is a feature too ("Nissan Sentra": a company right before a lone word).
    /// </summary>
    public static string For(string text, int start, int end, Entities.Gazetteer? known = null)
    {
        var sb = new StringBuilder();
        var words = Words(text, start, end);
        sb.Append("len:").Append(Math.Min(words.Count, 5)).Append(' ');
        for (int k = 0; k < words.Count; k++)
        {
            string w = words[k];
            string lw = w.ToLowerInvariant();
            sb.Append("w:").Append(lw).Append(' ');
            sb.Append("shape:").Append(Shape(w)).Append(' ');
            if (w.Length > 3) sb.Append("suf:").Append(lw[^3..]).Append(' ');
            if (k == 0) sb.Append("first:").Append(lw).Append(' ');
            if (k == words.Count - 1 && words.Count > 1) sb.Append("last:").Append(lw).Append(' ');
        }
        var before = Words(text, Math.Max(0, start - 40), start);
        var after = Words(text, end, Math.Min(text.Length, end + 40));
        if (before.Count > 0) sb.Append("p1:").Append(before[^1].ToLowerInvariant()).Append(' ').Append("p1shape:").Append(Shape(before[^1])).Append(' ');
        if (before.Count > 1) sb.Append("p2:").Append(before[^2].ToLowerInvariant()).Append(' ');
        if (after.Count > 0) sb.Append("n1:").Append(after[0].ToLowerInvariant()).Append(' ').Append("n1shape:").Append(Shape(after[0])).Append(' ');
        if (after.Count > 1) sb.Append("n2:").Append(after[1].ToLowerInvariant()).Append(' ');
        if (known != null)
        {
            if (before.Count > 0 && known.TryGet(before[^1].AsSpan(), out var b)) sb.Append("p1known:").Append(b.Type).Append(' ');
            if (after.Count > 0 && known.TryGet(after[0].AsSpan(), out var a)) sb.Append("n1known:").Append(a.Type).Append(' ');
        }
        if (start > 0 && text[start - 1] == '(') sb.Append("paren ");
        if (end < text.Length && text[end] == ',') sb.Append("comma-after ");
        if (start >= 2 && text[start - 2] is '.' or '!' or '?' || start == 0) sb.Append("sentence-start ");
        return sb.ToString();
    }

    private static List<string> Words(string text, int start, int end)
    {
        var list = new List<string>();
        int i = start;
        while (i < end)
        {
            while (i < end && !char.IsLetterOrDigit(text[i]))
            {
                if (text[i] is ',' or '"' or '“' or '”') list.Add(text[i].ToString());
                i++;
            }
            int s = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '&' or '\'' or '’')) i++;
            if (i > s) list.Add(text[s..i]);
        }
        return list;
    }

    private static string Shape(string w)
    {
        var sb = new StringBuilder();
        char last = '\0';
        foreach (char c in w)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k != last) sb.Append(k);
            last = k;
        }
        return sb.ToString();
    }
}
