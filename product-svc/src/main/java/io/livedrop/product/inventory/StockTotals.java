package io.livedrop.product.inventory;

/** A product's units over all its drops that were not cancelled. */
record StockTotals(long dropped, long sold, long remaining) {
}
