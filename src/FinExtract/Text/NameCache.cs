namespace FinExtract.Text;

/// <summary>
/// What a class or id string (or any other name) says, computed once per distinct string and thread, up to a bound per thread
/// (ids like "comment-12345" are endless). Each thread keeps its own table: a plain dictionary hashes a string faster than a
/// concurrent one and takes no lock, and the values are pure functions of the name, so a name computed on two threads gives
/// the same value on both.
/// </summary>
internal sealed class NameCache<T>
{
    private readonly ThreadLocal<Dictionary<string, T>> _maps = new(() => new Dictionary<string, T>(StringComparer.Ordinal));
    private readonly int _capacity;

    public NameCache(int capacity = 100_000) => _capacity = capacity;

    /// <summary>The cached value of <paramref name="name"/>, computing and keeping it when there is room.</summary>
    public T Get(string name, Func<string, T> compute)
    {
        var map = _maps.Value!;
        if (map.TryGetValue(name, out var value)) return value;
        value = compute(name);
        if (map.Count < _capacity) map[name] = value;
        return value;
    }
}
