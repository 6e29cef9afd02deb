namespace Shop;

public sealed class Cart
{
    private readonly List<decimal> _items = new();

    public void Add(decimal price) => _items.Add(price);

    public decimal Total(decimal discount)
    {
        var total = Sum(_items, 0m);
        return total - discount;
    }

    public int Count => _items.Count;

    private static decimal Sum(List<decimal> items, decimal seed)
    {
        foreach (var item in items)
        {
            seed += item;
        }

        return seed;
    }
}
