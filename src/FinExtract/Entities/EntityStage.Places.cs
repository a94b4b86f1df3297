namespace FinExtract.Entities;

/// <summary>Places told by the words around them: the region after a suburb ("in Glen Tarvel, west Harlow"), names typed places that speak.</summary>
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

    /// <summary>
    /// "Darcy" after "Darcy Airport", "Tarvel" after "Tarvel Arena": a lone word that only a guess (a given name alone, the
    /// recogniser) made a person is the venue or the airport whose name it opens in the same article, a place, as news names them
    /// short.
    /// </summary>
    private static void VenuesNamedShort(string body, List<Candidate> chosen)
    {
        var venues = chosen.Where(v => v.Type == "LOCATION" && v.Rule == Heuristics.Venue.Id).Select(v => body[v.Start..v.End]).ToList();
        if (venues.Count == 0) return;
        for (int k = 0; k < chosen.Count; k++)
        {
            var c = chosen[k];
            if (!IsGuessedPerson(c)) continue;
            string word = body[c.Start..c.End];
            if (!word.Contains(' ') && venues.Any(v => v.StartsWith(word + " ", StringComparison.Ordinal)))
                chosen[k] = new Candidate(c.Start, c.End, "LOCATION", Heuristics.Venue);
        }
    }

    /// <summary>
    /// "the government of Chad", "the mayor of Charlotte": a single name that only a given-name reading (the rule's or the model's) made a
    /// person is a place after "of" and a noun of a state's or a town's government or people (entity-state-nouns.tsv); a person is
    /// rarely so written ("the wife of", "a friend of" are no such nouns); nor before a possessive ("president of Julien's Auctions").
    /// </summary>
    private static void PlacesOfStates(string body, List<Candidate> chosen)
    {
        for (int k = 0; k < chosen.Count; k++)
        {
            var c = chosen[k];
            if (!IsGuessedPerson(c)
                || body.AsSpan(c.Start, c.Length).Contains(' ') || WordBefore(body, c.Start) != "of" || PossessiveFollows(body, c.End)) continue;
            int of = body.LastIndexOf("of", c.Start, StringComparison.Ordinal);
            if (of <= 0 || !EntityLexicon.StateNouns.Contains(WordBefore(body, of))) continue;
            chosen[k] = new Candidate(c.Start, c.End, "LOCATION", Heuristics.PlaceOfState);
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

    /// <summary>The one-word reporting verbs of the quotes stage's list ("said", "told", "noted"): a name before one speaks.</summary>
    private static readonly HashSet<string> SpeakingVerbs = Text.ReportingVerbs.All.Where(v => !v.Contains(' ')).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A name typed a place only by its words or the preposition before it ("in Tarvel Bay", "Quorvin City"), which the article has
    /// say or tell something ("Quorvin City said it would cut jobs", "Tarvel Bay noted"), is an organisation: places the gazetteer
    /// knows may speak for their governments ("China said"), a name known only from such cues that speaks is a firm's or a body's,
    /// unless it is part of a person's name the article gives.
    /// </summary>
    private static void PlacesThatSpeak(string body, List<Candidate> chosen)
    {
        var speaking = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (int k = 0; k < chosen.Count; k++)
        {
            var c = chosen[k];
            if (c.Type != "LOCATION" || c.Known != null || c.Rule != Heuristics.PlacePreposition.Id && c.Rule != Heuristics.PlaceWord.Id) continue;
            string name = body[c.Start..c.End];
            // "a note from Marsh": a person's surname after a preposition speaks as the person, whom linking makes it
            if (!speaking.TryGetValue(name, out bool speaks))
                speaking[name] = speaks = SpeaksAnywhere(body, name) && !chosen.Any(p => p.Type == "PERSON" && Text.Words.Contains(body[p.Start..p.End], name));
            if (speaks) chosen[k] = c with { Type = "ORG", Rule = c.Rule + "+speaks" };
        }
    }

    /// <summary>Whether the text has the name as a subject (no preposition before it), then a space and a one-word reporting verb.</summary>
    private static bool SpeaksAnywhere(string body, string name)
    {
        for (int k = body.IndexOf(name, StringComparison.Ordinal); k >= 0; k = body.IndexOf(name, k + 1, StringComparison.Ordinal))
        {
            int at = k + name.Length;
            if (!Text.Words.IsWholeWordAt(body, k, name.Length) || at + 1 >= body.Length || body[at] != ' ') continue;
            // "a group in X said", "a plant on X ...": after a preposition the name is where the speakers are, not who speaks
            if (WordBefore(body, k) is var before && (IsWherePreposition(before) || before == "on")) continue;
            int end = at + 1;
            while (end < body.Length && char.IsLetter(body[end])) end++;
            if (SpeakingVerbs.Contains(body[(at + 1)..end])) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the organisation's name <paramref name="c"/> holds a known place ("University of Washington", "US Embassy"), and is
    /// one name: not names set side by side ("White House National Security Council Ukraine"), not one that stops inside a known
    /// body's name ("US Securities" of "US Securities and Exchange Commission"), and not a country and a known body.
    /// </summary>
    private static bool IsOrganisationAroundPlace(string body, Candidate c, IEnumerable<Candidate> near) =>
        near.Any(g => g.Known != null && g.Type == "LOCATION" && g.Start >= c.Start && g.End <= c.End && g.Length < c.Length)
        && !near.Any(g => g.Known != null && g.Type == "ORG" && g.Start >= c.Start && g.End < c.End && g.End + 1 < body.Length
            && body[g.End] == ' ' && char.IsUpper(body[g.End + 1]))
        && !near.Any(g => g.Known != null && g.Type == "ORG" && g.Start > c.Start && g.Start < c.End && g.End > c.End)
        && !CountryThenKnownOrganisation(body, c, near) && !IsCompanyOfItsCountry(body, c, near);

    /// <summary>
    /// "Harlow Bank of Tarvia opened a branch": a listed company, "of" and a country the lists know tell the company and its home; they name
    /// no unit of it, as "of" after a public body's name does ("Supreme Court of Tarvia", "University of Harlow").
    /// </summary>
    private static bool IsCompanyOfItsCountry(string body, Candidate c, IEnumerable<Candidate> near) =>
        near.Any(g => g.Known is { Source: "companies" } && g.Type == "ORG" && g.Start == c.Start
            && body.AsSpan(g.End).StartsWith(" of ", StringComparison.Ordinal)
            && near.Any(p => p.Known is { Kind: "country" } && p.Type == "LOCATION" && p.Start == g.End + 4 && p.End == c.End));

    /// <summary>
    /// Whether the heuristic name <paramref name="c"/> is only a country's letters and then a body the lists know ("US Tarvel Trade
    /// Board", "U.K. Harlow Commission"): the known body is the organisation, and NationalInstitutions joins the country to it after.
    /// Not a country's full name, which may be a state's too ("the Georgia Senate" is no nation's senate).
    /// </summary>
    private static bool CountryThenKnownOrganisation(string body, Candidate c, IEnumerable<Candidate> near) =>
        near.Any(g => g.Known != null && g.Type == "ORG" && g.End == c.End && g.Start > c.Start
            && near.Any(p => p.Known is { Kind: "country" } && p.Type == "LOCATION" && p.Start == c.Start && p.End + 1 == g.Start && body[p.End] == ' '
                && !body.AsSpan(p.Start, p.Length).ContainsAnyExcept(CountryLetters)));

    private static readonly System.Buffers.SearchValues<char> CountryLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.");
}
