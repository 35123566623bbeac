-- Names are sorted the Vietnamese way (Đ after D, tones after the base letter), in SQL, so that
-- paginated lists come out in the order users expect.
CREATE COLLATION IF NOT EXISTS public.vietnamese (provider = icu, locale = 'vi-VN');
