INSERT INTO products (sku, name, price) VALUES ('COFFEE-1KG', 'Espresso beans, 1 kg', 24.90);
INSERT INTO products (sku, name, price) VALUES ('GRINDER', 'Hand grinder', 89.00);
INSERT INTO products (sku, name, price) VALUES ('MUG', 'Stoneware mug', 12.50);
INSERT INTO products (sku, name, price) VALUES ('KETTLE', 'Gooseneck kettle', 59.95);
INSERT INTO products (sku, name, price) VALUES ('FILTERS', 'Paper filters, 100 pack', 6.40);
