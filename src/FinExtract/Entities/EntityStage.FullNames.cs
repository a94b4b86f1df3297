using FinExtract.Text;

namespace FinExtract.Entities;

/// <summary>A known company's name that the text writes out further, as more of the company's full name.</summary>
public sealed partial class EntityStage
{
    /// <summary>
    /// "Coinbase Global reported", "Texas Instruments Incorporated cut": a known company's name (ending at token <paramref name="j"/>,
    /// at <paramref name="e"/>) that the text goes on to write as more of the full name the list gives ("Coinbase Global Inc.",
    /// "Texas Instruments Inc.") is one mention, to the last word that agrees with it, a legal form written out or not. Returns the
    /// last token and the end of the mention.
    /// </summary>
    private static (int J, int End) FullNameEnd(string body, IReadOnlyList<Token> tokens, int j, GazetteerEntry entry, int s, int e)
    {
        if (entry.Name.Length <= e - s + 1 || entry.Name[e - s] != ' ' || !entry.Name.AsSpan(0, e - s).SequenceEqual(body.AsSpan(s, e - s)))
            return (j, e);
        int k = j;
        foreach (var listed in entry.Name[(e - s + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (k + 1 >= tokens.Count || tokens[k + 1].Start != tokens[k].End + 1 || body[tokens[k].End] != ' ') break;
            string written = Word(body, tokens[k + 1]);
            if (written != listed.TrimEnd('.') && !(written.Length > 0 && char.IsUpper(written[0]) && SameLegalForm(written, listed))) break;
            k++;
        }
        return k == j ? (j, e) : (k, tokens[k].Start + Word(body, tokens[k]).Length);
    }

    /// <summary>Whether two words are one legal form, written out or not ("Incorporated" and "Inc."; legal-forms.tsv).</summary>
    private static bool SameLegalForm(string written, string listed) =>
        EntityLexicon.TryLegalForm(written, out var a) && EntityLexicon.TryLegalForm(listed, out var b) && a == b;
}
