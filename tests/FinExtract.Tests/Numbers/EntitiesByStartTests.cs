using FinExtract.Entities;
using FinExtract.Numbers;
using Xunit;

namespace FinExtract.Tests.Numbers;

public class EntitiesByStartTests
{
    private static EntityMention M(string id, int start, int end) =>
        new() { EntityId = id, Type = "ORG", Name = id, Start = start, End = end, Rule = "test", Confidence = 1 };

    [Fact]
    public void TheMentionsStartingInARange_AreThoseOfTheList_InTheListsOwnOrder()
    {
        var list = new[] { M("late", 90, 95), M("a", 10, 15), M("b", 40, 45), M("c", 10, 12), M("d", 60, 70), M("edge", 50, 52) };
        var index = new EntitiesByStart(list);
        Assert.Equal(new[] { "a", "b", "c", "edge" }, index.StartingIn(10, 50).Select(m => m.EntityId));
        Assert.Empty(index.StartingIn(16, 39));
        Assert.Equal(new[] { "late", "a", "b", "c", "d", "edge" }, index.StartingIn(0, 1000).Select(m => m.EntityId));
    }
}
