namespace FinExtract.Entities;

/// <summary>Places a given name opens, told by the region written after them ("in Glen Tarvel, west Harlow").</summary>
public sealed partial class EntityStage
{
    /// <summary>
    /// A name typed a person only because it opens with a given name is a place when "in", "at" or "near" stands before it and a
    /// comma and a known place, or a compass word and a known place, after it: "a cash machine in Glen Tarvel, west Harlow", "a farm
    /// near Chester Quay, Tarvia". News names a suburb or a town by the region it lies in; a person so written is rare.
    /// </summary>
    private static void PlacesBeforeTheirRegion(string body, List<Candidate> chosen)
    {
        for (int k = 0; k < chosen.Count; k++)
        {
            var c = chosen[k];
            if (c.Type != "PERSON" || c.Rule != Heuristics.GivenName.Id && c.Rule != Heuristics.LoneGivenName.Id) continue;
            if (WordBefore(body, c.Start) is not ("in" or "at" or "near") || !RegionAfter(body, c.End, chosen)) continue;
            chosen[k] = new Candidate(c.Start, c.End, "LOCATION", Heuristics.PlacePreposition);
        }
    }

    /// <summary>Whether a comma, a space, at most one compass word ("west", "Northern") and then a known place follow.</summary>
    private static bool RegionAfter(string body, int end, List<Candidate> chosen)
    {
        if (end + 2 >= body.Length || body[end] != ',' || body[end + 1] != ' ') return false;
        int at = end + 2;
        int wordEnd = at;
        while (wordEnd < body.Length && char.IsLetter(body[wordEnd])) wordEnd++;
        if (wordEnd > at && wordEnd < body.Length && body[wordEnd] == ' '
            && EntityLexicon.PlaceModifiers.Contains(char.ToUpperInvariant(body[at]) + body[(at + 1)..wordEnd]))
            at = wordEnd + 1;
        return chosen.Any(p => p.Start == at && p.Type == "LOCATION" && p.Known != null);
    }
}
