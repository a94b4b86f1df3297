using FinExtract.Text;

namespace FinExtract.Tests.Text;

public class AccentInsensitiveTests
{
    [Theory]
    [InlineData("José", "Jose")]
    [InlineData("SÉBASTIEN", "SEBASTIEN")]
    [InlineData("Łukasz", "Lukasz")]
    [InlineData("Nguyễn", "Nguyen")]
    [InlineData("Jose\u0301", "Jose")]
    public void AccentedAndPlainLetters_AreEqual(string accented, string plain)
    {
        Assert.True(AccentInsensitive.Instance.Equals(accented, plain));
        Assert.Equal(AccentInsensitive.Instance.GetHashCode(plain), AccentInsensitive.Instance.GetHashCode(accented));
    }

    [Theory]
    [InlineData("Jose", "Josa")]
    [InlineData("jose", "Jose")]
    [InlineData("Straße", "Strasse")]
    public void OtherLettersAndCase_StillDiffer(string a, string b) => Assert.False(AccentInsensitive.Instance.Equals(a, b));

    [Fact]
    public void AGivenNameListedWithoutAccents_KnowsTheAccentedSpelling()
    {
        var text = "Talks with Héctor Valdivia ended without a deal.";
        Assert.Contains(ShippedPipeline.Run(text).Entities, e => e.Type == "PERSON" && text[e.Start..e.End] == "Héctor Valdivia");
    }
}
