-- The two default series (V37) are named as the charter is written, in Chinese; a series someone changed keeps
-- its name (its version is no longer 1).
update meeting_series set title = '销售与市场周例会', topic = '业务进展', version = version + 1
where id = 'c0000000-0000-4000-8000-000000000001' and version = 1;
update meeting_series set title = '财务月度对账会', topic = '核对运营成本', version = version + 1
where id = 'c0000000-0000-4000-8000-000000000002' and version = 1;
