using FinExtract.Documents;
using FinExtract.Entities;

namespace FinExtract.Tests.Entities;

/// <summary>An acronym the article defines means what the article says, over a body the lists know by the same letters.</summary>
public class DefinedAcronymTests
{
    private static List<(string Mention, EntityMention M)> Mentions(string text) => ShippedPipeline.Mentions(text);

    /// <summary>
    /// Letters defined after a company's name that the lists know under another (a former name and its legal form) stand for the
    /// same entity as the name: one entity, named as the lists name it.
    /// </summary>
    [Theory]
    [InlineData("Shares of Reed Elsevier PLC (REP) rose in London. REP said sales grew.", "REP")]
    [InlineData("Anheuser-Busch Limited (ABL) raised prices. Later ABL said volumes held.", "ABL")]
    public void LettersDefinedAfterAKnownCompanysOtherName_AreThatCompany(string text, string letters)
    {
        var mentions = Mentions(text);
        var named = mentions.First(x => x.M.Type == "ORG" && x.Mention.Length > letters.Length);
        Assert.All(mentions.Where(x => x.Mention == letters), x => Assert.Equal(named.M.EntityId, x.M.EntityId));
        Assert.Equal(2, mentions.Count(x => x.Mention == letters));
    }

    [Theory]
    [InlineData("Fenwick Carriage Assemblers (FCA) said on Friday it would recall 4,000 coaches. FCA said the fault was rare.")]
    [InlineData("Shares of Fenwick Carriage Assemblers (“FCA”) fell. Later FCA said sales had held up.")]
    public void AnAcronymDefinedAsAnotherName_IsNotTheBodyTheListsKnowByIt(string text) =>
        Assert.DoesNotContain(Mentions(text), x => x.Mention == "FCA" && x.M.Name == "Financial Conduct Authority");

    [Theory]
    [InlineData("The National Hurling Society (NHS) opened a new pitch. NHS coaches train 300 children.", "NHS", "National Hurling Society")]
    [InlineData("The Financial Couriers Alliance (FCA) met on Monday. FCA members voted to strike.", "FCA", "Financial Couriers Alliance")]
    public void AnAcronymDefinedAsANameSharingOneWordWithTheListedBody_IsNotThatBody(string text, string acronym, string name)
    {
        var mentions = Mentions(text).Where(x => x.Mention == acronym).ToList();
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, x => Assert.Equal(("ORG", name), (x.M.Type, x.M.Name)));
    }

    [Theory]
    [InlineData("The Financial Conduct Authority (FCA) fined Tarvel Bank. The FCA said the bank had failed its clients.", "Financial Conduct Authority")]
    [InlineData("The UK's Financial Conduct Authority (FCA) fined Tarvel Bank. The FCA said the bank had failed its clients.", "Financial Conduct Authority")]
    public void AnAcronymDefinedAsTheBodyTheListsKnow_KeepsItsName(string text, string name)
    {
        var fca = Mentions(text).Where(x => x.Mention == "FCA").ToList();
        Assert.Equal(2, fca.Count);
        Assert.All(fca, x => Assert.Equal(("ORG", name), (x.M.Type, x.M.Name)));
    }

    [Fact]
    public void ABodyTheListsNameByTheAcronymItself_MayBeTheOneDefined()
    {
        var bbc = Mentions("The British Broadcasting Corporation (BBC) cut 40 jobs. The BBC said more cuts would follow.")
            .Where(x => x.Mention == "BBC").ToList();
        Assert.Equal(2, bbc.Count);
        Assert.All(bbc, x => Assert.Equal("ORG", x.M.Type));
    }

    [Theory]
    [InlineData("Tarvel said the US Securities and Exchange Commission (SEC) had asked for its records.")]
    [InlineData("Tarvel said the US Securities and Exchange Commission had asked for its records.")]
    public void AKnownBodyAfterTheCountrysAbbreviation_IsNotCutAtItsTradeWord(string text) =>
        Assert.DoesNotContain(Mentions(text), x => x.Mention is "US Securities" or "Exchange Commission");
}
