package io.livedrop.product.inventory;

/**
 * The units of one product in one drop: how many the drop offers and how many orders hold.
 * {@code sold} counts reservations, so it includes orders still waiting for payment: those units
 * are not for sale while they wait.
 */
record StockLevel(int dropped, int sold) {

    int remaining() {
        return Math.max(0, dropped - sold);
    }

    /** Whether fewer than {@code percent} % of the dropped units are left. */
    boolean isLow(int percent) {
        return dropped > 0 && (long) remaining() * 100 < (long) dropped * percent;
    }
}
