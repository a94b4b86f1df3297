using FinExtract.Documents;

namespace FinExtract.Tests.Quotes;

/// <summary>Speakers named by a relative clause, by a verb of commitment (vowed, pledged, promised), after a role, or by the sentence before.</summary>
public class QuoteClauseTests
{
    private static Article Run(string text) => ShippedPipeline.Run(text);

    [Theory]
    [InlineData("Rates were cut. The move was welcomed by Ada Quarles of Tarn Capital, who said that the decision was \"long overdue and well judged.\"",
        "Ada Quarles")]
    [InlineData("Rates were cut. The move was criticised by Ivo Marsh, an economist at Harlow University, who wrote that it was \"a gamble on the "
        + "wrong horse.\"", "Ivo Marsh")]
    [InlineData("Rates were cut. Tomas Ilvers spoke first. The vote was led by Mina Okafor, who told reporters the cut was \"the least bad option.\"",
        "Mina Okafor")]
    public void RelativeClause_ReportsForTheNameItFollows(string text, string speaker)
    {
        var q = Assert.Single(Run(text).Quotes);
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal("quotes.sentence.relative-subject", q.Rule);
    }

    /// <summary>A relative clause's quotation and the main clause's own ("Asked about the survey of X, who wrote that it was a “…”, Y
    /// argued that “…”"): each is its own clause's, though a comma hands the first over to the main verb.</summary>
    [Fact]
    public void RelativeClauseQuotation_ThenTheMainClausesOwn_EachHasItsSpeaker()
    {
        var a = Run("Asked about the survey of Mina Okafor, who wrote that the board was a \"closed club\", Tomas Ilvers argued that "
            + "\"the plan is working.\"");
        Assert.Equal("Mina Okafor", Assert.Single(a.Quotes, q => a.Body[q.Start..q.End] == "closed club").Speaker);
        Assert.Equal("Tomas Ilvers", Assert.Single(a.Quotes, q => a.Body[q.Start..q.End].StartsWith("the plan", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void RelativeClauseAfterAPlace_IsNotTheSentencesSubject()
    {
        var a = Run("Quorvin Ltd cut its forecast again. It is a setback for Tarvia, who had promised \"swift and lasting reforms\" to its lenders.");
        Assert.DoesNotContain(a.Quotes, q => q.Speaker == "Quorvin Ltd");
    }

    /// <summary>"said Chief Quorvin officer Ivo Marsh": untyped capitals, a lower-case role, then its holder, who speaks.</summary>
    [Fact]
    public void UntypedWordsThenARoleAndItsHolder_TheHolderSpeaks()
    {
        var q = Assert.Single(Run("Sales rose. \"We expect a strong start on launch day,\" said Chief Quorvin officer Ivo Marsh.").Quotes);
        Assert.Equal(("Ivo Marsh", "quotes.after.verb-speaker.role"), (q.Speaker, q.Rule));
    }

    /// <summary>"Tarvian agricultural firm Quorvin Holdings, which …, have said": a place, a kind of body, then the organisation, which speaks.</summary>
    [Fact]
    public void APlaceAndAKindOfBodyThenItsName_TheOrganisationSpeaks()
    {
        var q = Assert.Single(Run("Cocoa prices jumped. Tarvian agricultural firm Quorvin Holdings, which buys a sixth of the crop, have said they are "
            + "\"temporarily suspending\" those purchases.").Quotes);
        Assert.Equal("Quorvin Holdings", q.Speaker);
    }

    /// <summary>A quotation alone after a sentence that an organisation's role and its holder open: the holder's words.</summary>
    [Theory]
    [InlineData("Tourists came in record numbers. Tarn Tourism chief executive, Mina Okafor has said that the flights will help. "
        + "\"This is great news for our industry.\"", "Mina Okafor")]
    [InlineData("Tourists came in record numbers. Quorvin Air managing director Ivo Marsh said the route would pay. "
        + "\"We expect full planes by June.\"", "Ivo Marsh")]
    public void QuotationAfterAnOrganisationsRoleAndHolder_IsTheHolders(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Run(text).Quotes).Speaker);

    [Theory]
    [InlineData("Shares fell. Ada Quarles has vowed to \"fight this ruling in every court that will hear us.\"", "vowed")]
    [InlineData("Shares fell. Ivo Marsh pledged that the bank would \"stand behind every depositor, large or small.\"", "pledged")]
    [InlineData("Shares fell. \"We will rebuild the plant within a year,\" Mina Okafor promised.", "promised")]
    // verbs of manner, right after a quotation only
    [InlineData("The vote was close. \"Anyone who backs this plan has not read it,\" Ada Quarles charged.", "charged")]
    [InlineData("The vote was close. \"We will appeal, obviously,\" Ivo Marsh fumed, before leaving the hall.", "fumed")]
    [InlineData("The crowd grew. \"Open the gates now!\" Ivo Marsh shouts.", "shouts")]
    [InlineData("The hall went quiet. \"Sit down, all of you,\" Ada Quarles ordered.", "ordered")]
    [InlineData("The hearing ran late. \"Give us one more week,\" Mina Okafor pleaded, to no avail.", "pleaded")]
    public void VerbsOfCommitmentAndManner_Report(string text, string cue)
    {
        var q = Assert.Single(Run(text).Quotes);
        Assert.Equal(cue, q.Cue);
        Assert.NotEqual("", q.Speaker);
    }

    /// <summary>A verb of manner right after a quotation reports it for an unnamed speaker too ("“…!” an officer shouts.").</summary>
    [Theory]
    [InlineData("The doors stayed shut. \"Open the gates now!\" a guard shouts.", "shouts")]
    [InlineData("The hall went quiet. \"Sit down, all of you,\" an usher ordered.", "ordered")]
    public void VerbOfMannerAfterAQuotation_ReportsForAnUnnamedSpeaker(string text, string cue)
    {
        var q = Assert.Single(Run(text).Quotes);
        Assert.Equal(cue, q.Cue);
        Assert.Equal("quotes.unnamed-speaker", q.Rule);
    }

    [Fact]
    public void VerbOfMannerInAnotherClause_DoesNotReport()
    {
        var q = Assert.Single(Run("Shares fell. Ada Quarles called the plan \"a fraud from start to finish.\" In June, Ivo Marsh was charged.").Quotes);
        Assert.Equal("Ada Quarles", q.Speaker);
    }

    [Fact]
    public void StandaloneQuotationAfterAnOpeningClause_IsTheMainClausesSubjects()
    {
        var a = Run("\"The numbers look good,\" said Ada Quarles, an analyst at Tarn Capital. Following reports that Harlow and Quorvin, which "
            + "merged in 2004, would part ways, chairman Ivo Marsh denied them. \"We are not looking at a split of any kind.\"");
        Assert.Equal("Ivo Marsh", a.Quotes[^1].Speaker);
    }

    [Theory]
    [InlineData("Ada Quarles writes warmly of their films together, among them \"Quiet Harbour\" and \"The Long Field,\" and calls him a friend.")]
    [InlineData("The studio made many hits, from \"Salt Roads\" to \"Winter in Kessmoor\" and \"The Harlow Years.\" Its founder retired in 1990.")]
    public void TitleCasedQuotationInAListOfTitles_IsNoOnesWords(string text) => Assert.Empty(Run(text).Quotes);
}
