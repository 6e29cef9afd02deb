namespace Shop;

public sealed class Cart
{
    private readonly List<decimal> _items = new();

    public void Add(decimal price) => _items.Add(price < 0 ? 0 : price);

    public decimal Total(decimal discountCents)
    {
        var total = Sum(_items, 0.00m);
        return total - discountCents / 100m;
    }

    public int Count => _items.Count(i => i > 0);

    private static decimal Sum(List<decimal> items, decimal seed)
    {
        foreach (var item in items)
        {
            seed += item;
        }

        return seed;
    }
}
