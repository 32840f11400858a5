using System.Runtime.CompilerServices;
using SocialExchange.Matching.Inspection;

namespace SocialExchange.Matching.Tests.Inspection;

/// <summary>The consistency check formats its message only when a check fails (it runs over every order).</summary>
public sealed class ProblemMessageTests
{
    private int _formatted;

    private string Expensive()
    {
        _formatted++;
        return "detail";
    }

    private static string? Check(bool condition, [InterpolatedStringHandlerArgument(nameof(condition))] ref ProblemMessage problem) =>
        condition ? null : problem.ToStringAndClear();

    [Fact]
    public void PassingCheck_FormatsNothing_FailingCheck_FormatsTheWholeMessage()
    {
        Assert.Null(Check(true, $"order {42} has {Expensive()}"));
        Assert.Equal(0, _formatted);

        Assert.Equal("order 42 has detail", Check(false, $"order {42} has {Expensive()}"));
        Assert.Equal(1, _formatted);
    }
}
