namespace Shop;

public sealed class Cart
{
    private readonly List<decimal> _items = new();

    public void Add(decimal price) => _items.Add(Math.Round(price, 2));

    public decimal Total(decimal discount)
    {
        var total = SumOf(_items, 0m);
        Console.WriteLine($"total {total}");
        return total - discount;
    }

    public int Count => _items.Count;

    private static decimal SumOf(List<decimal> items, decimal seed)
    {
        foreach (var item in items)
        {
            seed += item;
        }

        return seed;
    }
}
