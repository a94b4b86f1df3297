using FinExtract.Documents;
using FinExtract.Entities;

namespace FinExtract.Tests.Entities;

/// <summary>A person named again by a surname of several words ("Van Der Marsh", "Martín Roque") is the person named in full.</summary>
public class PersonShortFormTests
{
    private static List<(string Mention, EntityMention M)> Mentions(string text) => ShippedPipeline.Mentions(text);

    [Theory]
    [InlineData("Ivo Van Der Marsh joined the show in May. The news came after Van Der Marsh announced a tour.", "Van Der Marsh", "Ivo Van Der Marsh")]
    [InlineData("The minister, Julia Tarvela Quiros, met the unions. Few trusted the plans of Tarvela Quiros afterwards.", "Tarvela Quiros",
        "Julia Tarvela Quiros")]
    public void ASurnameOfSeveralWords_IsThePersonNamedInFull(string text, string shortForm, string full)
    {
        var found = Mentions(text);
        Assert.Contains(found, x => x.Mention == shortForm && x.M.Type == "PERSON" && x.M.Name == full);
    }

    [Fact]
    public void TheLastWordsOfAnotherName_AreNotThePerson()
    {
        var found = Mentions("Ivo Van Der Marsh joined the show in May. Later Der Marsh Holdings announced a tour.");
        Assert.DoesNotContain(found, x => x.Mention.StartsWith("Der Marsh", StringComparison.Ordinal) && x.M.Name == "Ivo Van Der Marsh");
    }

    /// <summary>"Harlowe of Tarn Relief", after "Ana Harlowe": a surname already written after a given name is that person, not the
    /// head of a name that runs on over "of".</summary>
    [Fact]
    public void ASurnameBeforeOf_IsThePersonNamedBefore()
    {
        var found = Mentions("Ana Harlowe, who chairs the fund, spoke first. Later, Harlowe of Tarn Relief said the fund would close in May.");
        Assert.Contains(found, x => x.Mention == "Harlowe" && x.M.Name == "Ana Harlowe");
        Assert.DoesNotContain(found, x => x.Mention.StartsWith("Harlowe of", StringComparison.Ordinal));
    }

    /// <summary>"Bank of Tarvia" stays one name when no person was named with "Bank" as a surname.</summary>
    [Fact]
    public void AWordBeforeOfThatNoGivenNamePreceded_StillRunsOn()
    {
        var found = Mentions("Ana Harlowe, who chairs the fund, spoke first. Later, Harlowe Bank of Tarvia said the fund would close in May.");
        Assert.Contains(found, x => x.Mention == "Harlowe Bank of Tarvia");
    }

    [Fact]
    public void ASurnameThatSpeaks_IsThePersonNotTheFirmNamedAfterThem()
    {
        var tarnley = Mentions("Ivo Tarnley founded Tarnley Builders in 1998. \"Costs are up,\" said Tarnley on the building site. "
            + "Tarnley told reporters more would follow. Tarnley also said costs were high. Tarnley Builders shares fell.")
            .Where(x => x.Mention == "Tarnley").ToList();
        Assert.Equal(3, tarnley.Count);
        Assert.All(tarnley, x => Assert.Equal(("PERSON", "Ivo Tarnley"), (x.M.Type, x.M.Name)));
    }
}
