-- The three trust groups of DESIGN.md §4 item 7: the province's agencies, the national centre, peer provinces.
INSERT INTO sharing.api_root (name, title, description, trust_group, position) VALUES
    ('province', 'Tỉnh: các cơ quan, đơn vị', 'The province''s agencies and its coordinator', 'PROVINCE', 1),
    ('national', 'Trung tâm Giám sát an toàn không gian mạng quốc gia', 'The national monitoring centre', 'NATIONAL', 2),
    ('peers', 'Các tỉnh, thành phố', 'Peer provinces', 'PEERS', 3);
