namespace FinExtract.Entities;

/// <summary>Guesses of the recogniser that the article and the in-domain text speak against.</summary>
public sealed partial class EntityStage
{
    /// <summary>
    /// "Rich or poor, every saver counts", "“Grant the request,” ...": one word that opens a sentence (after an opening quotation mark
    /// too, or a colon's), that the in-domain text writes in lower case and that no other person the article names bears, is that
    /// common word capitalised by its place, not a person the recogniser guessed from its shape.
    /// </summary>
    private void CommonWordsOpeningSentences(string body, IReadOnlyList<Text.Sentence> sentences, List<Candidate> chosen)
    {
        if (WordClusters == null) return;
        for (int k = chosen.Count - 1; k >= 0; k--)
        {
            var c = chosen[k];
            if (c.Type != "PERSON" || c.Known != null || c.Rule != Learning.NerModel.Id || body.AsSpan(c.Start, c.Length).Contains(' ')) continue;
            string word = body[c.Start..c.End];
            if (!OpensSentence(body, sentences, c.Start) && !OpensQuotationAfterColon(body, c.Start) || WordClusters.SeenInLowerCase(word) != true) continue;
            if (chosen.Any(p => p != c && p.Type == "PERSON" && body[p.Start..p.End].Split(' ').Contains(word))) continue;
            chosen.RemoveAt(k);
        }
    }

    /// <summary>Whether <paramref name="at"/> opens a quotation that a colon introduces (": “Rich or poor, ..."), a sentence of its own.</summary>
    private static bool OpensQuotationAfterColon(string body, int at) =>
        at >= 3 && body[at - 1] is '"' or '“' && body[at - 2] == ' ' && body[at - 3] == ':';
}
