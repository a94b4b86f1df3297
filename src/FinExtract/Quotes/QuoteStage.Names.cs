using FinExtract.Documents;

namespace FinExtract.Quotes;

/// <summary>The name a quotation's speaker goes by in the quotes table: as the article writes it.</summary>
public sealed partial class QuoteStage
{
    /// <summary>
    /// Each speaker named as fully as the article names them. An organisation's canonical name may be one the article never
    /// writes: a gazetteer's full legal name ("Tarvel Holdings Inc." for "Tarvel"), or a parent's or later name of a renamed firm.
    /// Then the speaker is the longest of its mentions written as a name. A person keeps a canonical name the article shortens
    /// ("Orsu Taviel" of "Taviel") and takes a fuller one it writes ("Orsu K. Taviel"). The entity's id stays, so the canonical
    /// name and the ticker are one join away.
    /// </summary>
    private static List<Quote> SpeakersAsWritten(List<Quote> quotes, Article article)
    {
        if (quotes.All(q => q.SpeakerEntityId.Length == 0)) return quotes;
        string body = article.Body;
        var written = new Dictionary<string, (string Canonical, string AsWritten)>(StringComparer.Ordinal);
        foreach (var entity in article.Entities.GroupBy(e => e.EntityId))
        {
            var first = entity.First();
            if (first.Name.Length == 0 || body.Contains(first.Name, StringComparison.Ordinal)) continue;
            bool person = first.Type == "PERSON";
            // (not a single word the linker joined to the entity on a shared word: "Federal" is no name of a federal bureau)
            var longest = entity.Where(m => !m.Rule.EndsWith("+linked", StringComparison.Ordinal))
                .Select(m => string.Join(' ', Words(body[m.Start..m.End])))
                .Where(w => IsWrittenAsName(w) && (!person || IsFullerName(w, first.Name)))
                .OrderByDescending(w => w.Length).ThenByDescending(w => w.Any(char.IsLower)).FirstOrDefault();
            if (longest != null) written[entity.Key] = (first.Name, longest);
        }
        return quotes.Select(q => written.TryGetValue(q.SpeakerEntityId, out var n) && q.Speaker == n.Canonical ? q with { Speaker = n.AsWritten } : q)
            .ToList();
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A capital or digit first; not a ticker ("NYSE: TRVL") nor words set in capitals ("TARVEL HOLDINGS"), though an acronym is a name.</summary>
    private static bool IsWrittenAsName(string mention) =>
        mention.Length > 0 && char.IsLetterOrDigit(mention[0]) && !char.IsLower(mention[0]) && !mention.Contains(':')
        && (mention.Any(char.IsLower) || !mention.Contains(' '));

    /// <summary>A person's name written with at least the canonical name's words, none of them set in capitals.</summary>
    private static bool IsFullerName(string mention, string canonical) =>
        Words(mention).Length >= Words(canonical).Length && Words(mention).All(w => w.Count(char.IsLetter) < 2 || w.Any(char.IsLower));
}
