-- The default departments of the specification ("Departments are data"). The ids are fixed so
-- that later migrations (charter lines, default owners) can refer to them; the administrator may
-- rename or deactivate any of them afterwards.
insert into department (id, code, name_zh, name_en, kind, active, version) values
    ('de000000-0000-4000-8000-000000000001', 'OPERATIONS',       '运营管理部',     'Operations Management',   'OPERATIONS', true, 1),
    ('de000000-0000-4000-8000-000000000002', 'SALES',            '销售部',         'Sales',                   'FUNCTIONAL', true, 1),
    ('de000000-0000-4000-8000-000000000003', 'MARKETING',        '市场部',         'Marketing',               'FUNCTIONAL', true, 1),
    ('de000000-0000-4000-8000-000000000004', 'PRODUCT',          '产品部',         'Product',                 'FUNCTIONAL', true, 1),
    ('de000000-0000-4000-8000-000000000005', 'IT',               '信息技术部',     'IT',                      'FUNCTIONAL', true, 1),
    ('de000000-0000-4000-8000-000000000006', 'FINANCE',          '财务部',         'Finance',                 'FUNCTIONAL', true, 1),
    ('de000000-0000-4000-8000-000000000007', 'HR',               '人力资源部',     'Human Resources',         'FUNCTIONAL', true, 1),
    ('de000000-0000-4000-8000-000000000008', 'CUSTOMER_SERVICE', '客户服务部',     'Customer Service',        'FUNCTIONAL', true, 1),
    ('de000000-0000-4000-8000-000000000009', 'SUPPLY_CHAIN',     '供应链部',       'Supply Chain',            'FUNCTIONAL', true, 1),
    ('de000000-0000-4000-8000-00000000000a', 'INTERNAL_AUDIT',   '内审部',         'Internal Audit',          'FUNCTIONAL', true, 1),
    ('de000000-0000-4000-8000-00000000000b', 'EXECUTIVE',        '总经办',         'Executive Management',    'EXECUTIVE',  true, 1),
    ('de000000-0000-4000-8000-00000000000c', 'FRONTLINE',        '一线业务单元',   'Frontline Business Units', 'FRONTLINE', true, 1);
