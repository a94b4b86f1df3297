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
}
