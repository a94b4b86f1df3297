using FinExtract.Documents;
using FinExtract.Pipeline;
using FinExtract.Rules;

namespace FinExtract.Entities;

/// <summary>
/// The entity stage: finds ORG, PERSON and LOCATION mentions by rules (tickers, legal forms), gazetteers
/// (companies with tickers, organisations, places) and capitalisation heuristics (organisation words,
/// given names, person cues), settles overlaps (rules, then gazetteers, then heuristics; then longer,
/// then earlier), and links the mentions of one entity in the article ("Meta Platforms, Inc." / "Meta",
/// "Elon Musk" / "Musk's") under one entity id and canonical name.
/// </summary>
public sealed partial class EntityStage : IStage
{
    /// <summary>The layer this stage adds.</summary>
    public const string EntitiesLayer = "entities";

    /// <summary>
    /// The entity recogniser (pipeline.json <c>recogniser</c>): it reads the mentions the rules settled on as votes among
    /// its features and adds the PERSON, ORG and LOCATION mentions they missed.
    /// </summary>
    public Learning.NerModel? Recogniser { get; init; }

    /// <summary>The mean tag probability a span of the recogniser's needs before it is added (pipeline.json <c>recogniserMinProbability</c>).</summary>
    public double RecogniserMinProbability { get; init; } = 0.7;

    private readonly RuleSet _rules;

    private readonly Gazetteer _gazetteer;

    private readonly GivenNameSet _givenNames;

    private readonly double _minConfidence;

    /// <summary>Creates the stage.</summary>
    public EntityStage(RuleSet rules, Gazetteer gazetteer, HashSet<string> givenNames, double minConfidence)
    {
        _rules = rules;
        _gazetteer = gazetteer;
        _givenNames = new GivenNameSet(givenNames);
        _minConfidence = minConfidence;
    }

    /// <inheritdoc />
    public string Name => "entities";

    /// <summary>A NOT_ENTITY rule's span outranks every other candidate over it (tickers are 300, rules 200 + priority).</summary>
    private const int NotEntityPriority = 10_000;

    /// <summary>A ticker rule's match (and its exchange) outranks every name.</summary>
    private const int TickerPriority = 300;

    /// <summary>Rules rank above gazetteers and heuristics: this plus the rule's own priority.</summary>
    private const int RulePriorityBase = 200;

    /// <summary>A heuristic name that holds a known name outranks that known name (gazetteers are 150).</summary>
    private const int WholeNamePriority = 151;

    /// <summary>A known person's name in capitals outranks the rules' guesses from form alone (a dateline's place).</summary>
    private const int PeopleInCapitalsPriority = RulePriorityBase + 90;

    /// <summary>How far (characters) a ticker may stand after the name it belongs to: "Acme Corp (NYSE: ACM)".</summary>
    private const int TickerAnchorWindow = 14;

    /// <summary>How far back (characters) a media cue is looked for: "told", "according to".</summary>
    private const int MediaCueWindow = 30;

    private sealed record Candidate(int Start, int End, string Type, string Rule, double Confidence, int Priority)
    {
        /// <summary>A candidate found by a heuristic, with its rule id, confidence and priority.</summary>
        public Candidate(int start, int end, string type, Heuristic h) : this(start, end, type, h.Id, h.Confidence, h.Priority) { }

        public GazetteerEntry? Known { get; init; }
        public string Ticker { get; init; } = "";
        public string Exchange { get; init; } = "";
        public bool IsTicker { get; init; }
        /// <summary>The exchange named with a ticker ("NYSE" in "(NYSE: X)"): never the company the ticker belongs to.</summary>
        public bool IsExchange { get; init; }
        /// <summary>An acronym the article defines as short for a thing or a concept: left open, and not the recogniser's to type.</summary>
        public bool IsDefinedTerm { get; init; }
        public int Length => End - Start;
    }

    /// <inheritdoc />
    public void Process(Article article, StageContext context)
    {
        string body = article.Body;
        var (chosen, candidateCount, aliases) = Decide(article, context);
        context.CheckTime(Name);
        if (Recogniser != null) chosen = Recognise(article, chosen, context);
        else TypeByNeighbours(body, article.Sentences, chosen, null);
        PeopleInTableColumns(body, chosen);
        NamesInCapitals(body, chosen, aliases);
        context.CheckTime(Name);
        if (context.Trace != null)
            foreach (var c in chosen.Where(c => c.Confidence < _minConfidence && c.Type != "UNKNOWN"))
                context.Trace($"entities: lost \"{body[c.Start..c.End]}\" [{c.Start}-{c.End}) {c.Type} by {c.Rule}: " +
                $"confidence {Conf(c.Confidence)} below minConfidence {Conf(_minConfidence)}");
        ShortFormsAfterOrganisations(body, chosen, aliases);
        InitialsOfOrganisations(body, chosen, aliases);
        AliasesOfNamedBodies(body, chosen);
        chosen.RemoveAll(c => InIdentifier(body, c.Start, c.End));
        var anchors = TickerAnchors(chosen);
        BodiesNamedByHeadWord(body, chosen, anchors);
        article.SetEntities(Roles.Assign(body,
            Link(body, chosen.Where(c => c.Confidence >= _minConfidence || c.Type == "UNKNOWN").ToList(), anchors, aliases, _givenNames)));
        if (context.Trace != null)
            foreach (var c in chosen.Where(c => c.Type == "UNKNOWN" && !article.Entities.Any(e => e.Start == c.Start && e.End == c.End)))
                context.Trace($"entities: lost \"{body[c.Start..c.End]}\" [{c.Start}-{c.End}) by {c.Rule}: a lone capitalised word that no other " +
                $"mention in the article names");
        article.Layers.Add(EntitiesLayer);
        context.Trace?.Invoke($"entities: {article.Entities.Count} mentions of {article.Entities.Select(e => e.EntityId).Distinct()
            .Count()} entities ({candidateCount} candidates)");
    }

    /// <summary>
    /// The mentions the rules, gazetteers and heuristics settle on, before the recogniser and linking: every candidate,
    /// overlaps settled, known companies adopted, lone surnames demoted, lists of organisations typed.
    /// </summary>
    private (List<Candidate> Chosen, int CandidateCount, Dictionary<string, string> Aliases) Decide(Article article, StageContext context)
    {
        string body = article.Body;
        var candidates = new List<Candidate>();
        RuleCandidates(body, article.Metadata.LanguageCode, candidates);
        context.CheckTime(Name);
        GazetteerCandidates(body, article.Tokens, candidates);
        VenuesAndChannelsOfKnownNames(body, candidates);
        candidates.RemoveAll(c => StartsInsideKnownName(c, candidates));
        // 3. Capitalised sequences, typed by heuristics.
        candidates.AddRange(CapitalisedSequences(article));
        if (CapitalisesNouns(article))
        {
            candidates.RemoveAll(c => NoNameByCapitals(body, c));
            NameAfterNounPhrase(body, candidates);
        }
        var aliases = AcronymCandidates(body, candidates, IsEnglish(article));
        context.CheckTime(Name);
        TitlesBeforeNamesAreNoBodies(body, candidates);
        PromoteWholeNames(body, candidates);
        context.CheckTime(Name);
        var chosen = Choose(body, candidates, context);
        TrademarkedNames(body, chosen);
        AdoptKnownCompanies(body, chosen, candidates);
        CompaniesAndTheirTickers(body, chosen);
        JoinAcrossAnd(body, chosen);
        NationalInstitutions(body, chosen);
        NumberedBodies(body, chosen);
        PeriodicalsOfBodies(body, chosen);
        CountryUnits(body, chosen);
        TeamsNamedAfterPlaces(article, chosen);
        TownsWithAScore(body, chosen);
        TeamNicknames(article, chosen);
        PlacesBeforeTheirRegion(body, chosen);
        DesignationHeads(body, chosen);
        ListsOfOrganisations(body, chosen);
        ListsUnderAKind(body, chosen);
        PlacesThatSpeak(body, chosen);
        MarketIndices(body, chosen);
        return (chosen, candidates.Count, aliases);
    }

    /// <summary>
    /// A late pass's mention over the chosen ones (a team's nickname, a name in a column of people): unless a candidate over its span
    /// <paramref name="holds"/> it, the candidates there give way and the mention takes its place. The list is left unsorted.
    /// </summary>
    private static bool ClaimSpan(List<Candidate> chosen, Candidate claim, Func<Candidate, bool> holds)
    {
        if (chosen.Any(c => c.Start < claim.End && c.End > claim.Start && holds(c))) return false;
        chosen.RemoveAll(c => c.Start < claim.End && c.End > claim.Start);
        chosen.Add(claim);
        return true;
    }

    /// <summary>4. One mention per span: priority, then longer, then earlier. NOT_ENTITY spans win and are then dropped.</summary>
    private static List<Candidate> Choose(string body, List<Candidate> candidates, StageContext context)
    {
        var chosen = new List<Candidate>();
        var kept = new DisjointSpans<Candidate>();
        foreach (var c in candidates.Where(c => c.End > c.Start).OrderByDescending(c => c.Priority).ThenByDescending(c => c.Length).ThenBy(c => c.Start))
        {
            if (!kept.TryFirstOverlap(c.Start, c.End, out var winner))
            {
                chosen.Add(c);
                kept.Add(c.Start, c.End, c);
            }
            else context.Trace?.Invoke($"entities: lost \"{body[c.Start..c.End]}\" [{c.Start}-{c.End}) {c.Type} by {c.Rule} " +
                $"({Conf(c.Confidence)}): overlapped by \"{body[winner.Start..winner.End]}\" {winner.Type} by {winner.Rule} " +
                $"(priority {winner.Priority} vs {c.Priority})");
        }
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        // A NOT_ENTITY rule's span outranked every candidate over it; it is itself no mention.
        foreach (var c in chosen.Where(c => c.Type == RuleSet.NotEntity))
            context.Trace?.Invoke($"entities: \"{body[c.Start..c.End]}\" [{c.Start}-{c.End}) is not an entity by {c.Rule}");
        chosen.RemoveAll(c => c.Type == RuleSet.NotEntity);
        return chosen;
    }
}
