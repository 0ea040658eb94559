"""fresh20_pt: Portuguese held-out cases (Brazil, Portugal, Angola, Mozambique).
Run: python3 make_cases.py  -> writes ledger.json, emails/*.eml, expected.json beside this file."""
import sys
sys.dont_write_bytecode = True
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kit import Kit, dt, R, X, cust, lopay, proj, owpay, LO, OWD  # noqa: E402

K = Kit(__file__, "pt")
LOB, OWB = "leadsoptima", "optima_webdesign"
BR, PT, AO, MZ = -3, 1, 1, 2

customers = [
    cust("rafael.almeida@uol.com.br", "Rafael Almeida", "annual", start="2025-09-16", end="2026-09-15"),
    cust("tatiane.souza@gmail.com", "Tatiane Souza", "monthly", start="2025-09-01", end="2025-09-30"),
    cust("financeiro@padariapaodeouro.com.br", "Padaria Pão de Ouro", "quarterly", start="2025-09-19", end="2025-12-18"),
    cust("nelson.kiala@gmail.com", "Nelson Kiala", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("camila.rocha@terra.com.br", "Camila Rocha", "quarterly", start="2025-08-10", end="2025-11-09"),
    cust("joana.marques@sapo.pt", "Joana Marques", "monthly", start="2025-09-18", end="2025-10-17"),
    cust("ernesto.macuacua@tvcabo.co.mz", "Ernesto Macuácua", "monthly", status="trial", trial_ends="2025-10-02"),
    cust("bruno.tavares@gmail.com", "Bruno Tavares", "monthly", start="2025-09-21", end="2025-10-20"),
    cust("leticia.prado@hotmail.com", "Letícia Prado", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("diogo.ferreira@outlook.pt", "Diogo Ferreira", "annual", start="2025-01-20", end="2026-01-19"),
    cust("marcos.vinicius@bol.com.br", "Marcos Vinícius", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("paula.nogueira@escritorionogueira.adv.br", "Paula Nogueira", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("ricardo@lojadoricardo.com.br", "Ricardo Lima", "monthly", start="2025-09-22", end="2025-10-21"),
    cust("sonia.mendes@contabilmendes.pt", "Sónia Mendes", "annual", start="2025-04-01", end="2026-03-31"),
    cust("adilson.neto@gmail.com", "Adilson Neto", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("beatriz.coelho@gmail.com", "Beatriz Coelho", "quarterly", start="2025-09-05", end="2025-12-04"),
    cust("helder.chissano@gmail.com", "Hélder Chissano", "monthly", start="2025-09-20", end="2025-10-19"),
    cust("fernanda.lopes@ig.com.br", "Fernanda Lopes", "monthly", start="2025-09-28", end="2025-10-27"),
    cust("gustavo.ribeiro@gmail.com", "Gustavo Ribeiro", "monthly", start="2025-09-22", end="2025-10-21"),
    cust("andreia.pinto@sapo.pt", "Andreia Pinto", "monthly", start="2025-09-15", end="2025-10-14"),
    cust("vitor.moura@yahoo.com.br", "Vítor Moura", "monthly", start="2025-09-14", end="2025-10-13"),
    cust("carla.santos@uol.com.br", "Carla Santos", "monthly", start="2025-09-05", end="2025-10-04"),
    cust("rui.carvalho@netcabo.pt", "Rui Carvalho", "quarterly"),
    cust("joao.batista@gmail.com", "João Batista", "monthly", start="2025-09-20", end="2025-10-19"),
    cust("marina.lopes@uol.com.br", "Marina Lopes", "annual", start="2025-06-01", end="2026-05-31"),
    cust("priscila.gomes@gmail.com", "Priscila Gomes", "monthly", start="2025-09-17", end="2025-10-16"),
]
payments = [
    lopay("pt_p01", "LO-INV-62011", "rafael.almeida@uol.com.br", "annual", "2025-09-16T09:00:00", "2025-09-16", "2026-09-15"),
    lopay("pt_p02", "LO-INV-62012", "rafael.almeida@uol.com.br", "annual", "2025-09-16T09:01:00", "2025-09-16", "2026-09-15"),
    lopay("pt_p03", "LO-INV-62021", "tatiane.souza@gmail.com", "monthly", "2025-09-01T10:00:00", "2025-09-01", "2025-09-30"),
    lopay("pt_p04", "LO-INV-62022", "tatiane.souza@gmail.com", "monthly", "2025-09-02T10:00:00", "2025-09-01", "2025-09-30"),
    lopay("pt_p05", "LO-INV-62023", "tatiane.souza@gmail.com", "monthly", "2025-09-09T10:00:00", "2025-09-01", "2025-09-30"),
    lopay("pt_p06", "LO-INV-62031", "financeiro@padariapaodeouro.com.br", "quarterly", "2025-09-19T10:00:00", "2025-09-19", "2025-12-18"),
    lopay("pt_p07", "LO-INV-62041", "nelson.kiala@gmail.com", "monthly", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22"),
    lopay("pt_p08", "LO-INV-61051", "camila.rocha@terra.com.br", "quarterly", "2025-08-10T10:00:00", "2025-08-10", "2025-11-09"),
    lopay("pt_p09", "LO-INV-62061", "joana.marques@sapo.pt", "monthly", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17"),
    lopay("pt_p10", "LO-INV-62081", "bruno.tavares@gmail.com", "monthly", "2025-09-20T19:00:00Z", "2025-09-21", "2025-10-20"),
    lopay("pt_p11", "LO-INV-62082", "bruno.tavares@gmail.com", "monthly", "2025-09-20T19:02:00Z", "2025-09-21", "2025-10-20"),
    lopay("pt_p12", "LO-INV-62091", "leticia.prado@hotmail.com", "monthly", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11"),
    lopay("pt_p13", "LO-INV-60101", "diogo.ferreira@outlook.pt", "annual", "2025-01-20T10:00:00", "2025-01-20", "2026-01-19"),
    lopay("pt_p14", "LO-INV-62111", "marcos.vinicius@bol.com.br", "monthly", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23"),
    lopay("pt_p15", "LO-INV-62112", "marcos.vinicius@bol.com.br", "monthly", "2025-09-24T10:01:00", "2025-09-24", "2025-10-23"),
    lopay("pt_p16", "LO-INV-62121", "paula.nogueira@escritorionogueira.adv.br", "monthly", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24"),
    lopay("pt_p17", "LO-INV-62131", "ricardo@lojadoricardo.com.br", "monthly", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21"),
    lopay("pt_p18", "LO-INV-62132", "ricardo@lojadoricardo.com.br", "monthly", "2025-09-22T10:03:00", "2025-09-22", "2025-10-21"),
    lopay("pt_p19", "LO-INV-60141", "sonia.mendes@contabilmendes.pt", "annual", "2025-04-01T10:00:00", "2025-04-01", "2026-03-31"),
    lopay("pt_p20", "LO-INV-62151", "adilson.neto@gmail.com", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25"),
    lopay("pt_p21", "LO-INV-62161", "beatriz.coelho@gmail.com", "quarterly", "2025-09-05T10:00:00", "2025-09-05", "2025-12-04"),
    lopay("pt_p22", "LO-INV-62171", "helder.chissano@gmail.com", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19"),
    lopay("pt_p23", "LO-INV-62181", "fernanda.lopes@ig.com.br", "monthly", "2025-09-28T10:00:00", "2025-09-28", "2025-10-27"),
    lopay("pt_p24", "LO-INV-61191", "gustavo.ribeiro@gmail.com", "monthly", "2025-08-22T10:00:00", "2025-08-22", "2025-09-21"),
    lopay("pt_p25", "LO-INV-62191", "gustavo.ribeiro@gmail.com", "monthly", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21"),
    lopay("pt_p26", "LO-INV-62192", "gustavo.ribeiro@gmail.com", "monthly", "2025-09-22T10:01:00", "2025-09-22", "2025-10-21"),
    lopay("pt_p27", "LO-INV-62201", "andreia.pinto@sapo.pt", "monthly", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14"),
    lopay("pt_p28", "LO-INV-62211", "vitor.moura@yahoo.com.br", "monthly", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13"),
    lopay("pt_p29", "LO-INV-62221", "carla.santos@uol.com.br", "monthly", "2025-09-05T10:00:00", "2025-09-05", "2025-10-04"),
    lopay("pt_p30", "LO-INV-61231", "rui.carvalho@netcabo.pt", "quarterly", "2025-07-15T10:00:00", None, None),
    lopay("pt_p31", "LO-INV-62241", "joao.batista@gmail.com", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19"),
    lopay("pt_p32", "LO-INV-62242", "joao.batista@gmail.com", "monthly", "2025-09-20T10:02:00", "2025-09-20", "2025-10-19"),
    lopay("pt_p33", "LO-INV-60251", "marina.lopes@uol.com.br", "annual", "2025-06-01T10:00:00", "2025-06-01", "2026-05-31"),
    lopay("pt_p34", "LO-INV-62261", "priscila.gomes@gmail.com", "monthly", "2025-09-17T10:00:00", "2025-09-17", "2025-10-16"),
]
projects = [
    proj("Quinta do Vale Verde", "geral@quintavaleverde.pt"),
    proj("Clínica Sorriso Carioca", "contato@sorrisocarioca.com.br"),
    proj("Kizomba Eventos", "info@kizombaeventos.co.ao"),
    proj("Açaí da Vila", "marketing@acaidavila.com.br", "2025-09-10T11:00:00"),
    proj("Construtora Horizonte", "obras@construtorahorizonte.com.br", "2025-07-01T10:00:00"),
    proj("Pastelaria Belém Doce", "encomendas@belemdoce.pt", "2025-08-01T10:00:00"),
    proj("Maputo Imobiliária", "geral@maputoimobiliaria.co.mz", "2025-07-01T10:00:00"),
    proj("Escritório Nogueira", "paula.nogueira@escritorionogueira.adv.br", "2025-05-01T10:00:00"),
    proj("Surf Shop Floripa", "loja@surfshopfloripa.com.br", "2025-05-01T10:00:00"),
    proj("Farmácia Popular Luanda", "ti@farmaciapopular.co.ao", "2025-05-01T10:00:00"),
    proj("Escola Pequeno Príncipe", "secretaria@pequenoprincipe.com.br", "2025-05-01T10:00:00"),
    proj("Hotel Marés do Algarve", "reservas@maresalgarve.pt"),
    proj("Pousada Chapada", "contato@pousadachapada.com.br"),
    proj("Livraria Lusófona", "livraria@lusofona-livros.pt", "2025-08-01T10:00:00"),
    proj("Academia Fit Recife", "adm@fitrecife.com.br", "2025-08-01T10:00:00"),
    proj("Vinhos do Douro Online", "comercial@vinhosdouro.pt", "2025-08-01T10:00:00"),
    proj("Oficina do Zé", "oficinadoze@gmail.com", "2025-09-05T10:00:00"),
    proj("Restaurante Mar de Luanda", "gerencia@mardeluanda.co.ao"),
    proj("Cooperativa Agrícola Beira", "coop@agricolabeira.co.mz"),
    proj("Studio Yoga Porto", "ola@yogaporto.pt"),
    proj("Ótica Visão Paulista", "compras@oticavisao.com.br"),
]
owpayments = [
    owpay("pt_o01", "OWD-2025-401", "Quinta do Vale Verde", "deposit", "30000.00", "5400.00", "2025-09-15T18:00:00"),
    owpay("pt_o02", "OWD-2025-402", "Clínica Sorriso Carioca", "deposit", "25000.00", "4500.00", "2025-09-19T09:30:00"),
    owpay("pt_o03", "OWD-2025-403", "Kizomba Eventos", "discovery", "12000.00", "2160.00", "2025-09-12T10:00:00"),
    owpay("pt_o04", "OWD-2025-404", "Açaí da Vila", "discovery", "16000.00", "2880.00", "2025-09-05T10:00:00"),
    owpay("pt_o05", "PO-4471", "Construtora Horizonte", "milestone", "45000.00", "8100.00", "2025-09-10T10:00:00", milestone_status="not_started"),
    owpay("pt_o06", "OWD-2025-406", "Construtora Horizonte", "milestone", "40000.00", "7200.00", "2025-07-01T10:00:00", milestone_status="approved"),
    owpay("pt_o07", "OWD-2025-407", "Pastelaria Belém Doce", "milestone", "26000.00", "4680.00", "2025-09-01T10:00:00", milestone_status="in_progress"),
    owpay("pt_o08", "OWD-2025-408", "Maputo Imobiliária", "milestone", "38000.00", "6840.00", "2025-08-01T10:00:00", milestone_status="completed"),
    owpay("pt_o09", "OWD-2025-409", "Surf Shop Floripa", "retainer", "15000.00", "2700.00", "2025-09-10T00:00:00",
          period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00"),
    owpay("pt_o10", "OWD-2025-410", "Farmácia Popular Luanda", "retainer", "22000.00", "3960.00", "2025-09-06T00:00:00",
          period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T00:00:00"),
    owpay("pt_o11", "OWD-2025-411", "Escola Pequeno Príncipe", "retainer", "10000.00", "1800.00", "2025-09-03T00:00:00",
          period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T00:00:00"),
    owpay("pt_o12", "OWD-2025-412", "Hotel Marés do Algarve", "hosting_annual", "36000.00", "6480.00", "2025-09-20T10:00:00",
          setup_fee="3600.00", service_start="2025-09-25"),
    owpay("pt_o13", "OWD-2025-413", "Pousada Chapada", "hosting_annual", "18000.00", "3240.00", "2025-09-09T10:00:00",
          setup_fee="1200.00", service_start="2025-09-10"),
    owpay("pt_o14", "OWD-2025-414", "Livraria Lusófona", "third_party", "4500.00", "810.00", "2025-09-20T10:00:00"),
    owpay("pt_o15", "OWD-2025-415", "Academia Fit Recife", "setup", "6000.00", "1080.00", "2025-09-22T10:00:00"),
    owpay("pt_o16", "OWD-2025-416", "Vinhos do Douro Online", "change_request", "9000.00", "1620.00", "2025-09-18T10:00:00"),
    owpay("pt_o17", "OWD-2025-417", "Oficina do Zé", "deposit", "14000.00", "2520.00", "2025-09-02T10:00:00"),
    owpay("pt_o18", "OWD-2025-418", "Restaurante Mar de Luanda", "deposit", "20000.00", "3600.00", "2025-09-28T12:00:00"),
    owpay("pt_o19", "OWD-2025-419", "Cooperativa Agrícola Beira", "deposit", "18000.00", "3240.00", "2025-09-26T09:00:00"),
    owpay("pt_o20", "OWD-2025-420", "Studio Yoga Porto", "maintenance_annual", "12000.00", "2160.00", "2025-09-18T10:00:00",
          setup_fee="0.00", service_start="2025-09-18", status="failed"),
    owpay("pt_o21", "OWD-2025-421", "Ótica Visão Paulista", "retainer", "12000.00", "2160.00", "2025-09-20T00:00:00",
          period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00"),
    owpay("pt_o22", "OWD-2025-422", "Ótica Visão Paulista", "retainer", "12000.00", "2160.00", "2025-09-20T00:01:00",
          period_start="2025-10-20", period_end="2025-11-19", next_billing_at="2025-11-20T00:00:00"),
    owpay("pt_o23", "OWD-2025-423", "Escritório Nogueira", "retainer", "8000.00", "1440.00", "2025-09-25T00:00:00",
          period_start="2025-09-25", period_end="2025-10-24", next_billing_at="2025-10-25T00:00:00"),
]
LEDGER = {"customers": customers, "projects": projects, "payments": payments + owpayments}

# ---------------------------------------------------------------- LeadsOptima
K.mail("l01-cobranca-duplicada.eml", "Rafael Almeida <rafael.almeida@uol.com.br>", LO,
       "Cobrança em duplicidade - plano anual",
       "Prezados, boa tarde.\n\nIdentifiquei na fatura do meu cartão duas cobranças idênticas do plano anual "
       "da LeadsOptima no dia 16/09. A segunda corresponde à nota LO-INV-62012. Solicito o estorno da cobrança "
       "em duplicidade.\n\nAtenciosamente,\nRafael Almeida\nCampinas/SP", dt(2025, 9, 19, 14, 0, BR))
K.case("l01-cobranca-duplicada", LOB, ["l01-cobranca-duplicada.eml"], "decided", [R("approve", "11988.00")],
       spec="L2 duplicate + L4: pair on 2025-09-16, email 2025-09-19 22:30 IST (day 3) -> approve 11988.00.")

K.mail("l02-tres-cobrancas.eml", "Tatiane Souza <tatiane.souza@gmail.com>", LO, "fui cobrada 3 vezes???",
       "oi gente, olhei o extrato e vocês me cobraram o plano mensal TRÊS vezes no mesmo mês: dia 1, dia 2 e "
       "ontem dia 9. notas LO-INV-62021, LO-INV-62022 e LO-INV-62023. quero o estorno do que foi cobrado a "
       "mais, por favor!!\n\nbjs Tati", dt(2025, 9, 10, 10, 0, BR))
K.case("l02-tres-cobrancas", LOB, ["l02-tres-cobrancas.eml"], "decided", [R("approve", "1499.00")],
       spec="Sec 8 three identical charges: 62022 (09-02) and 62023 (09-09) are duplicates; email 2025-09-10 18:30 IST = day 8 for 62022 (outside L3), day 1 for 62023 -> refund only 1499.00.")

K.mail("l03-valor-errado.eml", "Financeiro Pão de Ouro <financeiro@padariapaodeouro.com.br>", LO,
       "Cobrança com valor errado",
       "Bom dia. Fomos cobrados a mais na nota LO-INV-62031: o valor do plano trimestral que nos passaram no "
       "comercial era outro, com desconto de 20%, e veio cheio. Pedimos o reembolso da diferença ou do valor.\n\n"
       "Setor Financeiro\nPadaria Pão de Ouro Ltda.", dt(2025, 9, 22, 9, 0, BR))
K.case("l03-valor-errado", LOB, ["l03-valor-errado.eml"], "decided", [R("escalate")],
       spec="L2 billing_error (overcharged, wrong amount), L5 inside window (day 3) -> escalate.")

K.mail("l04-nao-consigo-entrar.eml", "Nelson Kiala <nelson.kiala@gmail.com>", LO, "Sem acesso à plataforma",
       "Boa tarde, desde que paguei a mensalidade (factura LO-INV-62041) não consigo entrar na plataforma, dá "
       "sempre erro ao fazer login. Já tentei redefinir a palavra-passe e nada. Solicito o reembolso.\n"
       "Cumprimentos,\nNelson Kiala\nLuanda", dt(2025, 9, 25, 15, 0, AO))
K.case("l04-nao-consigo-entrar", LOB, ["l04-nao-consigo-entrar.eml"], "decided", [R("escalate")],
       spec="L2 access_failure, L6 inside window (day 2) -> escalate.")

K.mail("l05-cancelar-trimestral.eml", "Camila Rocha <camila.rocha@terra.com.br>", LO, "Cancelamento",
       "Olá, quero cancelar minha assinatura. A empresa foi vendida e o novo dono usa outra ferramenta.\n"
       "Obrigada, Camila", dt(2025, 9, 18, 16, 0, BR))
K.case("l05-cancelar-trimestral", LOB, ["l05-cancelar-trimestral.eml"], "decided", [X("cancel", "2025-11-09")],
       spec="L8: quarterly, current_period_end 2025-11-09 -> cancel.")

K.mail("l06-mudei-de-ideias.eml", "Joana Marques <joana.marques@sapo.pt>", LO, "Reembolso",
       "Bom dia,\n\nsubscrevi o plano mensal por impulso e entretanto mudei de ideias, acho que não vou "
       "precisar. Gostaria de ser reembolsada da factura LO-INV-62061, se faz favor.\n\nObrigada,\nJoana",
       dt(2025, 9, 19, 10, 0, PT))
K.case("l06-mudei-de-ideias", LOB, ["l06-mudei-de-ideias.eml"], "decided", [R("deny")],
       spec="L1: changed mind -> deny, cancellation offered.")

K.mail("l07-periodo-teste.eml", "Ernesto Macuácua <ernesto.macuacua@tvcabo.co.mz>", LO, "Devolução",
       "Boa tarde. Estou no período de teste gratuito e não gostei do sistema, é muito lento para a nossa "
       "internet. Quero o meu dinheiro de volta e não quero continuar.\nErnesto", dt(2025, 9, 24, 14, 0, MZ))
K.case("l07-periodo-teste", LOB, ["l07-periodo-teste.eml"], "decided", [R("deny")], extra_ok=True,
       spec="L7: account on free trial, no charges -> deny; no billing unless they subscribe. extra_ok: cancelling the trial is harmless.")

K.mail("l08-dia-7-utc.eml", "Bruno Tavares <bruno.tavares@gmail.com>", LO, "Débito duplicado",
       "Fala pessoal, tudo certo? Caíram dois débitos do plano mensal no meu cartão na tarde do dia 20, "
       "LO-INV-62081 e LO-INV-62082. Podem estornar um deles? Valeu!\nBruno", dt(2025, 9, 28, 14, 0, BR))
K.case("l08-dia-7-utc", LOB, ["l08-dia-7-utc.eml"], "decided", [R("approve", "1499.00")],
       spec="Sec 8 ledger offsets: charges 2025-09-20T19:00Z = 2025-09-21 00:30 IST (day 0; 16:00 on the 20th in Brazil); email 2025-09-28 14:00 -03:00 = 22:30 IST = day 7, inside -> approve 1499.00.")

K.mail("l09-cancelar-e-reembolso.eml", "Letícia Prado <leticia.prado@hotmail.com>", LO,
       "Cancelar e reembolsar",
       "Oi, quero cancelar a assinatura e receber de volta o valor da mensalidade (LO-INV-62091) porque "
       "achei caro demais pro que eu uso. Obrigada", dt(2025, 9, 15, 11, 0, BR))
K.case("l09-cancelar-e-reembolso", LOB, ["l09-cancelar-e-reembolso.eml"], "decided",
       [R("deny"), X("cancel", "2025-10-11")],
       spec="Both intents: L1 deny (too expensive), L8 cancel effective 2025-10-11.")

K.mail("l10-cancelar-ditado.eml", "Diogo Ferreira <diogo.ferreira@outlook.pt>", LO, "cancelamento",
       "bom dia queria cancelar a minha subscrição anual obrigado\n\nEnviado do meu Galaxy", dt(2025, 9, 23, 8, 0, PT))
K.case("l10-cancelar-ditado", LOB, ["l10-cancelar-ditado.eml"], "decided", [X("cancel", "2026-01-19")],
       spec="L8: cancellation without a reason is not held up; annual period ends 2026-01-19.")

K.mail("l11-chargeback-procon.eml", "Marcos Vinícius <marcos.vinicius@bol.com.br>", LO, "ESTORNO JÁ",
       "Vocês me cobraram 2x a mensalidade (LO-INV-62111 e LO-INV-62112). Se não estornarem até sexta eu vou "
       "contestar a compra no cartão e abrir reclamação no Procon.\nMarcos", dt(2025, 9, 25, 20, 0, BR))
K.case("l11-chargeback-procon", LOB, ["l11-chargeback-procon.eml"], "decided", [R("escalate")], rules=["C4"],
       spec="C4: card dispute + consumer-protection (Procon) threat -> escalate though L4 would approve.")

K.mail("l12-advogada-ambos.eml", "Dra. Paula Nogueira <paula.nogueira@escritorionogueira.adv.br>", LO,
       "Cancelamento e reembolso - notificação",
       "Prezados,\n\nSolicito o cancelamento imediato da assinatura e o reembolso da nota LO-INV-62121, pois a "
       "plataforma não carrega desde o dia 26. Ressalto que, não havendo solução, tomarei as medidas judiciais "
       "cabíveis com base no Código de Defesa do Consumidor.\n\nPaula Nogueira\nOAB/SP 123.456",
       dt(2025, 9, 29, 10, 0, BR))
K.case("l12-advogada-ambos", LOB, ["l12-advogada-ambos.eml"], "decided", [R("escalate"), X("escalate")], rules=["C4"],
       spec="Sec 8: C4 covers the whole case (legal action, consumer code) -> refund and cancellation both escalate.")

K.mail("l13-email-pessoal.eml", "Ricardo Lima <ricardolima1980@gmail.com>", LO, "cobrança dupla",
       "Boa noite, meu cadastro na LeadsOptima é ricardo@lojadoricardo.com.br mas estou sem acesso a esse email "
       "agora. Fui cobrado duas vezes (LO-INV-62132). Podem devolver?\nRicardo", dt(2025, 9, 23, 21, 0, BR))
K.case("l13-email-pessoal", LOB, ["l13-email-pessoal.eml"], "need_info", rules=["C2"],
       spec="C2: sender is not the registered email he names -> ask him to write from it, nothing about the account.")

fwd = ("Bom dia,\n\nreencaminho o pedido da Dra. Sónia, para tratarem por favor.\n\nCumprimentos,\nTiago Reis\n"
       "Assistente Administrativo\n\nInício da mensagem reencaminhada:\n\nDe: Sónia Mendes <sonia.mendes@contabilmendes.pt>\n"
       "Assunto: LeadsOptima\nData: 22 de setembro de 2025 às 09:14:07 WEST\nPara: Tiago Reis <tiago.reis@contabilmendes.pt>\n\n"
       "Tiago, peça por favor o cancelamento da subscrição LeadsOptima da conta sonia.mendes@contabilmendes.pt, "
       "deixámos de usar.\nSónia\n")
K.mail("l14-reencaminhado-assistente.eml", "Tiago Reis <tiago.reis@contabilmendes.pt>", LO,
       "Fwd: LeadsOptima", fwd, dt(2025, 9, 22, 10, 0, PT))
K.case("l14-reencaminhado-assistente", LOB, ["l14-reencaminhado-assistente.eml"], "need_info", rules=["C2"],
       spec="Sec 8 forwards + C2: the forwarded request names sonia.mendes@..., sender is another address -> ask from the registered address.")

fwd = ("Mandei isto para o endereço errado, segue abaixo.\n\n---------- Mensagem encaminhada ---------\n"
       "De: Adilson Neto <adilson.neto@gmail.com>\nData: sáb., 27 de set. de 2025 às 10:02\nAssunto: problema\n"
       "Para: <suporte@leadsoptima.com.br>\n\nDesde o pagamento de ontem (LO-INV-62151) o painel não carrega de "
       "jeito nenhum, fica só a rodinha girando. Quero meu dinheiro de volta.\n")
K.mail("l15-encaminhado-proprio.eml", "Adilson Neto <adilson.neto@gmail.com>", LO, "Fwd: problema", fwd,
       dt(2025, 9, 27, 11, 0, BR))
K.case("l15-encaminhado-proprio", LOB, ["l15-encaminhado-proprio.eml"], "decided", [R("escalate")],
       spec="Forward from the registered address itself, read for the request it carries: access_failure (dashboard not loading), day 1 -> L6 escalate.")

K.mail("l16-nao-quero-reembolso.eml", "Beatriz Coelho <beatriz.coelho@gmail.com>", LO, "Dúvida sobre a nota",
       "Olá! Não quero reembolso nem cancelar nada, tá tudo ótimo. Só queria saber se a nota LO-INV-62161 "
       "pode sair com o CNPJ da minha empresa em vez do meu CPF. Obrigada!", dt(2025, 9, 12, 10, 0, BR))
K.case("l16-nao-quero-reembolso", LOB, ["l16-nao-quero-reembolso.eml"], "other",
       spec="Sec 8 negation ('não quero reembolso nem cancelar') + invoice question -> other.")

K.mail("l17-antes-de-assinar.eml", "Eduarda Falcão <duda.falcao@gmail.com>", LO, "Dúvida antes de assinar",
       "Oi! Se eu assinar o plano anual e não gostar depois de um mês, vocês devolvem o dinheiro? Estou "
       "comparando com outras ferramentas.", dt(2025, 9, 20, 15, 0, BR))
K.case("l17-antes-de-assinar", LOB, ["l17-antes-de-assinar.eml"], "other",
       spec="Sec 8 hypothetical before buying -> other.")

K.mail("l18-obrigado-estorno.eml", "Rafael Almeida <rafael.almeida@uol.com.br>", LO,
       "Re: Cobrança em duplicidade - plano anual",
       "Boa tarde, o estorno já caiu no cartão. Muito obrigado pelo atendimento rápido!\nRafael",
       dt(2025, 9, 30, 13, 0, BR), irt="<lo-reply-62012@leadsoptima.com>")
K.case("l18-obrigado-estorno", LOB, ["l18-obrigado-estorno.eml"], "other", spec="Thank-you after refund -> other.")

K.mail("l19-nif-fatura.eml", "Andreia Pinto <andreia.pinto@sapo.pt>", LO, "NIF na factura",
       "Boa tarde, a factura LO-INV-62201 saiu sem o meu NIF (234 567 890). Conseguem emitir uma segunda via? "
       "Obrigada.", dt(2025, 9, 17, 14, 0, PT))
K.case("l19-nif-fatura", LOB, ["l19-nif-fatura.eml"], "other", spec="Invoice question asking for nothing refundable -> other.")

K.mail("l20-resposta-automatica.eml", "Vítor Moura <vitor.moura@yahoo.com.br>", LO,
       "Resposta automática: Ausente do escritório",
       "Estou de férias até 06/10. Em caso de cancelamento ou reembolso, falar com financeiro@empresa.com.br.",
       dt(2025, 9, 26, 9, 0, BR), headers={"Auto-Submitted": "auto-replied"})
K.case("l20-resposta-automatica", LOB, ["l20-resposta-automatica.eml"], "ignore", rules=["C7"],
       spec="C7 auto-reply -> ignore.")

K.mail("l21-postmaster.eml", "postmaster@netcabo.pt", LO, "Não entregue: Re: Cancelamento",
       "A entrega da mensagem falhou para: rui.carvalho@netcabo.pt\nCaixa de correio cheia.",
       dt(2025, 9, 21, 5, 0, PT))
K.case("l21-postmaster", LOB, ["l21-postmaster.eml"], "ignore", rules=["C7"], spec="C7 postmaster bounce -> ignore.")

K.mail("l22-lista.eml", "Grupo Marketing Digital BR <mktdigital-br@googlegroups.com>", LO,
       "[mktdigital-br] Alguém já pediu reembolso da LeadsOptima?",
       "Pessoal, alguém já conseguiu cancelar e pedir reembolso lá? Me cobraram duas vezes.\n--\nVocê está "
       "recebendo esta mensagem porque está inscrito no grupo.", dt(2025, 9, 24, 12, 0, BR),
       headers={"List-Id": "<mktdigital-br.googlegroups.com>", "Precedence": "list"})
K.case("l22-lista", LOB, ["l22-lista.eml"], "ignore", rules=["C7"], spec="C7 mailing list (List-Id, Precedence list) -> ignore.")

K.mail("l23-sem-motivo-assinatura.eml", "Hélder Chissano <helder.chissano@gmail.com>", LO,
       "Pedido de reembolso LO-INV-62171",
       "Exmos. Senhores,\n\nVenho por este meio solicitar o reembolso referente à factura LO-INV-62171.\n\n"
       "Sem outro assunto de momento, subscrevo-me com os melhores cumprimentos.\n\nHélder Chissano\nGestor\n"
       "Beira, Moçambique\n\nAVISO: Esta mensagem é confidencial e destina-se apenas ao destinatário.",
       dt(2025, 9, 22, 9, 0, MZ))
K.case("l23-sem-motivo-assinatura", LOB, ["l23-sem-motivo-assinatura.eml"], "need_info", missing=["reason"],
       spec="Sec 8: restatement, courtesy formula, signature and disclaimer are not a reason; plan from ledger, invoice given -> ask for reason.")

m1 = K.mail("l24-fio-1.eml", "Fernanda Lopes <fernanda.lopes@ig.com.br>", LO, "reembolso",
            "Oi, quero reembolso da mensalidade LO-INV-62181.\nFernanda", dt(2025, 9, 29, 9, 0, BR))
K.mail("l24-fio-2.eml", "Fernanda Lopes <fernanda.lopes@ig.com.br>", LO, "Re: reembolso [LO-5120]",
       "O motivo é que cobraram o plano anual em vez do mensal que eu escolhi, veio valor errado.\n\n"
       "Em seg., 29 de set. de 2025 às 10:15, LeadsOptima Support <support@leadsoptima.com> escreveu:\n"
       "> Pode nos dizer o motivo do pedido?", dt(2025, 9, 30, 8, 0, BR),
       irt="<lo-5120-ask@leadsoptima.com>", refs=f"{m1} <lo-5120-ask@leadsoptima.com>")
K.case("l24-fio-motivo-erro", LOB, ["l24-fio-1.eml", "l24-fio-2.eml"], "decided", [R("escalate")],
       spec="C3 thread: the reply gives a billing_error reason (wrong plan/amount); request time 2025-09-29 IST (day 1) -> L5 escalate.")

m1 = K.mail("l25-fio-1.eml", "Gustavo Ribeiro <gustavo.ribeiro@gmail.com>", LO, "Cobrado duas vezes",
            "Bom dia, fui cobrado duas vezes esse mês no cartão. Quero o estorno de uma delas.\nGustavo",
            dt(2025, 9, 23, 9, 0, BR))
K.mail("l25-fio-2.eml", "Gustavo Ribeiro <gustavo.ribeiro@gmail.com>", LO, "RE: Cobrado duas vezes [LO-5133]",
       "Segue o número da segunda nota: LO INV 62192.\n\nAtt,\nGustavo\n\n-----Mensagem Original-----\n"
       "De: LeadsOptima Support\nEnviada em: terça-feira, 23 de setembro de 2025 18:40\nAssunto: Cobrado duas vezes\n"
       "> Informe o número da nota, por favor.", dt(2025, 9, 24, 9, 0, BR),
       irt="<lo-5133-ask@leadsoptima.com>", refs=f"{m1} <lo-5133-ask@leadsoptima.com>")
K.case("l25-fio-nota", LOB, ["l25-fio-1.eml", "l25-fio-2.eml"], "decided", [R("approve", "1499.00")],
       spec="C3 thread: invoice given in the reply as 'LO INV 62192' (sec 8 refs); pair 62191/62192 on 2025-09-22, request 2025-09-23 IST -> L4 approve 1499.00.")

K.mail("l26-sem-par-no-ledger.eml", "Carla Santos <carla.santos@uol.com.br>", LO, "Cobrança duplicada",
       "Oi, apareceram duas cobranças da LeadsOptima no meu cartão dia 5, a nota é LO-INV-62221. Peço o "
       "estorno da duplicada.\nCarla", dt(2025, 9, 8, 10, 0, BR))
K.case("l26-sem-par-no-ledger", LOB, ["l26-sem-par-no-ledger.eml"], "decided", [R("escalate")],
       spec="L4: duplicate claimed, day 3, but the ledger shows one charge only -> escalate, never approve.")

K.mail("l27-valor-por-extenso.eml", "João Batista <joao.batista@gmail.com>", LO, "debitaram dobrado",
       "boa tarde debitaram dobrado a mensalidade dia vinte, duas vezes mil quatrocentos e noventa e nove. nota "
       "lo-inv-62242. aguardo estorno\njoão", dt(2025, 9, 26, 16, 0, BR))
K.case("l27-valor-por-extenso", LOB, ["l27-valor-por-extenso.eml"], "decided", [R("approve", "1499.00")],
       spec="L4: duplicate pair 2025-09-20, email 2025-09-27 00:30 IST = day 7 (sent 16:00 -03:00), inside -> approve 1499.00; amount in words ignored for the ledger's.")

K.mail("l28-acesso-fora-prazo.eml", "Priscila Gomes <priscila.gomes@gmail.com>", LO, "Sem acesso",
       "Olá, não consigo acessar minha conta desde o pagamento do dia 17 (LO-INV-62261). Quero reembolso.",
       dt(2025, 9, 29, 10, 0, BR))
K.case("l28-acesso-fora-prazo", LOB, ["l28-acesso-fora-prazo.eml"], "decided", [R("deny")],
       spec="L3: access failure but charge 2025-09-17, email 2025-09-29 IST = day 12 -> deny.")

html = ("<div dir=\"ltr\"><p>Bom dia,</p><p>Solicito o <strong>cancelamento</strong> da minha assinatura anual, "
        "vou me aposentar e fechar o escritório.</p><p>Marina Lopes</p></div>")
K.mail("l29-html-maiusculas.eml", "Marina Lopes <Marina.Lopes@UOL.com.br>", LO, "Cancelamento de assinatura", None,
       dt(2025, 9, 16, 10, 0, BR), html=html)
K.case("l29-html-maiusculas", LOB, ["l29-html-maiusculas.eml"], "decided", [X("cancel", "2026-05-31")],
       spec="HTML-only; sec 8 addresses compare case-insensitively (Marina.Lopes@UOL.com.br) -> verified; L8 cancel 2026-05-31.")

K.mail("l30-cancelar-sem-periodo.eml", "Rui Carvalho <rui.carvalho@netcabo.pt>", LO, "Cancelar subscrição",
       "Boa tarde. Pretendo cancelar a subscrição trimestral, a empresa vai encerrar. Cumprimentos, Rui Carvalho",
       dt(2025, 9, 20, 15, 0, PT))
K.case("l30-cancelar-sem-periodo", LOB, ["l30-cancelar-sem-periodo.eml"], "decided", [X("cancel", "2025-10-14")],
       spec="L8 fallback: no current_period_end; last charge 2025-07-15 + 3 months - 1 day = 2025-10-14.")

K.mail("l31-mais-tag.eml", "João Batista <joao.batista+leads@gmail.com>", LO, "cancelar",
       "quero cancelar minha conta, não uso mais. joão", dt(2025, 9, 27, 10, 0, BR))
K.case("l31-mais-tag", LOB, ["l31-mais-tag.eml"], "need_info", rules=["C2"],
       spec="Sec 8 addresses: a +tag makes another address; joao.batista+leads@ is not on record -> C2.")

K.mail("l32-reply-to.eml", "Secretaria Loja <secretaria.lojadoricardo@gmail.com>", LO, "Cancelamento",
       "Bom dia, pedimos o cancelamento da assinatura da Loja do Ricardo porque vamos trocar de sistema.",
       dt(2025, 9, 24, 10, 0, BR), headers={"Reply-To": "ricardo@lojadoricardo.com.br"})
K.case("l32-reply-to", LOB, ["l32-reply-to.eml"], "need_info", rules=["C2"],
       spec="Sec 8: Reply-To never verifies anyone; From is not on record -> C2.")

# ---------------------------------------------------------------- Optima WebDesign
K.mail("o01-sinal-71h.eml", "Quinta do Vale Verde <geral@quintavaleverde.pt>", OWD,
       "Refund Request — Quinta do Vale Verde / OWD-2025-401",
       "Exmos. Senhores,\n\nPor motivos de saúde do proprietário, o projecto do site da Quinta do Vale Verde fica "
       "suspenso por tempo indeterminado. Solicitamos a devolução do sinal pago (factura OWD-2025-401).\n\n"
       "Com os melhores cumprimentos,\nMargarida Sousa", dt(2025, 9, 18, 13, 0, PT))
K.case("o01-sinal-71h", OWB, ["o01-sinal-71h.eml"], "decided", [R("approve", "30000.00")],
       spec="O2: paid 2025-09-15 18:00 IST; email 2025-09-18 13:00 +01:00 = 17:30 IST = 71.5 h, no work -> approve 30000.00 (tax kept). No extra_ok: the project is suspended, not given up, so a cancellation decision would end a project the customer keeps.")

K.mail("o02-sinal-72h-exatas.eml", "Clínica Sorriso Carioca <contato@sorrisocarioca.com.br>", OWD,
       "Reembolso do sinal - Clínica Sorriso Carioca",
       "Boa noite, desistimos do projeto da Clínica Sorriso Carioca porque fechamos parceria com uma rede que "
       "já tem site. Pedimos o reembolso do sinal, nota OWD-2025-402.\nDra. Luciana", dt(2025, 9, 22, 1, 0, BR))
K.case("o02-sinal-72h-exatas", OWB, ["o02-sinal-72h-exatas.eml"], "decided", [R("deny")], extra_ok=True,
       spec="O2: paid 2025-09-19 09:30 IST; sent 2025-09-22 01:00 -03:00 = 09:30 IST = exactly 72 h -> deny (sec 8: exactly 72 h is not before). extra_ok: the customer gives the project up ('desistimos do projeto'), so a cancellation decision is harmless.")

K.mail("o03-discovery-sem-nota.eml", "Kizomba Eventos <info@kizombaeventos.co.ao>", OWD,
       "Devolução do discovery",
       "Boa tarde, pagámos a fase de discovery do projecto Kizomba Eventos mas ainda não houve nenhuma sessão. "
       "Decidimos avançar só no próximo ano, por isso pedimos a devolução.\nCumprimentos, Yola",
       dt(2025, 9, 16, 15, 0, AO))
K.case("o03-discovery-sem-nota", OWB, ["o03-discovery-sem-nota.eml"], "decided", [R("approve", "12000.00")],
       spec="O1: no work started -> approve 12000.00; invoice not written but filled from the ledger (the project has exactly one payment, sec 1).")

K.mail("o04-discovery-comecado.eml", "Marketing Açaí da Vila <marketing@acaidavila.com.br>", OWD,
       "Reembolso discovery OWD-2025-404",
       "Oi, fizemos a primeira reunião de descoberta do Açaí da Vila e não curtimos a linha proposta. "
       "Queremos reembolso do OWD-2025-404.", dt(2025, 9, 15, 10, 0, BR))
K.case("o04-discovery-comecado", OWB, ["o04-discovery-comecado.eml"], "decided", [R("deny")],
       spec="O1: sessions started 2025-09-10, before the request -> deny.")

K.mail("o05-etapa-nao-iniciada.eml", "Obras Construtora Horizonte <obras@construtorahorizonte.com.br>", OWD,
       "Construtora Horizonte - estorno etapa 3 (PO 4471)",
       "Prezados, a diretoria cortou o módulo de área do cliente do escopo. Como essa etapa (PO 4471) ainda não "
       "foi iniciada, solicitamos o reembolso integral dela, R$ 45.000,00 + impostos.\n\nAtt.\nEng. Fábio Tanaka",
       dt(2025, 9, 19, 10, 0, BR))
K.case("o05-etapa-nao-iniciada", OWB, ["o05-etapa-nao-iniciada.eml"], "decided", [R("approve", "45000.00")],
       spec="O3: milestone PO-4471 not_started ('PO 4471', sec 8 refs) -> approve its amount 45000.00 before tax (C6).")

K.mail("o06-etapa-em-andamento.eml", "Pastelaria Belém Doce <encomendas@belemdoce.pt>", OWD,
       "Pastelaria Belém Doce — parar etapa",
       "Olá, queremos parar a etapa da loja online (factura OWD-2025-407) que está a decorrer, porque a "
       "pastelaria vai mudar de gerência. Pedimos o reembolso do que ainda não foi feito.\nObrigado, Sr. Armando",
       dt(2025, 9, 24, 11, 0, PT))
K.case("o06-etapa-em-andamento", OWB, ["o06-etapa-em-andamento.eml"], "decided", [R("escalate")], extra_ok=True,
       spec="O3: milestone in_progress -> escalate (the value of work not started needs a person). extra_ok: the customer asks to stop that milestone, so a stop/cancel decision is harmless.")

K.mail("o07-etapa-concluida.eml", "Maputo Imobiliária <geral@maputoimobiliaria.co.mz>", OWD,
       "Reembolso", "Bom dia. Pedimos reembolso da factura OWD-2025-408 (projecto Maputo Imobiliária), o "
       "resultado não ficou como esperávamos, as fotos ficaram pesadas.\nAtenciosamente", dt(2025, 9, 17, 9, 0, MZ))
K.case("o07-etapa-concluida", OWB, ["o07-etapa-concluida.eml"], "decided", [R("deny")],
       spec="O3/O6: milestone completed -> deny.")

K.mail("o08-retainer-aviso.eml", "Surf Shop Floripa <loja@surfshopfloripa.com.br>", OWD,
       "Cancelar mensalidade - Surf Shop Floripa",
       "E aí pessoal, vamos cancelar o retainer mensal da Surf Shop Floripa (OWD-2025-409). A loja vai migrar "
       "pra Shopify e o sobrinho do dono vai cuidar. Valeu pela parceria!", dt(2025, 9, 30, 9, 0, BR))
K.case("o08-retainer-aviso", OWB, ["o08-retainer-aviso.eml"], "decided", [X("cancel", "2025-10-09")],
       spec="O4/O8: next_billing_at 2025-10-10, cutoff 2025-10-03; email 2025-09-30 IST -> cancel effective 2025-10-09.")

K.mail("o09-retainer-no-limite.eml", "TI Farmácia Popular <ti@farmaciapopular.co.ao>", OWD,
       "Cancelamento avença Farmácia Popular Luanda",
       "Boa noite. Informamos que pretendemos cancelar a avença mensal da Farmácia Popular Luanda, factura "
       "OWD-2025-410: a administração centralizou os serviços de TI no grupo.\nCumprimentos",
       dt(2025, 9, 29, 2, 0, AO))
K.case("o09-retainer-no-limite", OWB, ["o09-retainer-no-limite.eml"], "decided", [X("cancel", "2025-10-05")],
       spec="O4: next_billing_at 2025-10-06, cutoff 2025-09-29; sent 2025-09-29 02:00 +01:00 = 06:30 IST on the cutoff date -> on time, effective 2025-10-05.")

K.mail("o10-retainer-atrasado.eml", "Secretaria Pequeno Príncipe <secretaria@pequenoprincipe.com.br>", OWD,
       "Cancelamento do contrato mensal",
       "Prezados, a Escola Pequeno Príncipe solicita o cancelamento do contrato mensal de manutenção (nota "
       "OWD-2025-411), por corte de orçamento da mantenedora.\nAtenciosamente, Secretaria",
       dt(2025, 9, 28, 10, 0, BR))
K.case("o10-retainer-atrasado", OWB, ["o10-retainer-atrasado.eml"], "decided", [X("cancel", "2025-11-02")],
       spec="O4: next_billing_at 2025-10-03, cutoff 2025-09-26; email 2025-09-28 IST is late -> next cycle (2025-10-03..11-02) billed, effective 2025-11-02.")

K.mail("o11-retainer-pago-adiantado.eml", "Compras Ótica Visão <compras@oticavisao.com.br>", OWD,
       "Cancelar retainer Ótica Visão Paulista",
       "Bom dia, queremos cancelar o retainer da Ótica Visão Paulista (OWD-2025-421 e OWD-2025-422, pagamos dois "
       "meses adiantado). Motivo: a rede foi comprada e o marketing passou para a matriz.", dt(2025, 9, 24, 10, 0, BR))
K.case("o11-retainer-pago-adiantado", OWB, ["o11-retainer-pago-adiantado.eml"], "decided", [X("escalate")],
       spec="Sec 8: next cycle (2025-10-20..11-19) already paid, notice >= 7 days -> escalate.")

K.mail("o12-hospedagem-antes-inicio.eml", "Reservas Hotel Marés <reservas@maresalgarve.pt>", OWD,
       "Cancelamento do alojamento anual - Hotel Marés do Algarve",
       "Bom dia,\n\nQueremos cancelar o plano anual de alojamento do Hotel Marés do Algarve (OWD-2025-412) e "
       "pedir o reembolso: o grupo hoteleiro impôs o seu próprio fornecedor.\n\nCumprimentos,\nInês",
       dt(2025, 9, 22, 10, 0, PT))
K.case("o12-hospedagem-antes-inicio", OWB, ["o12-hospedagem-antes-inicio.eml"], "decided", [R("approve", "29700.00")], extra_ok=True,
       spec="O5 + sec 8 before the service starts (2025-09-25): consumed_months 1; 36000 - 3600 - 2700 = 29700.00. extra_ok: the cancellation part.")

K.mail("o13-hospedagem-dia-15.eml", "Pousada Chapada <contato@pousadachapada.com.br>", OWD,
       "Cancelar hospedagem anual", "Boa tarde, quero cancelar a hospedagem anual da Pousada Chapada, nota "
       "OWD-2025-413, e receber o proporcional. Achamos um plano mais barato.\nSeu Zé", dt(2025, 9, 24, 16, 0, BR))
K.case("o13-hospedagem-dia-15", OWB, ["o13-hospedagem-dia-15.eml"], "decided", [R("deny")], extra_ok=True,
       spec="O5: service_start 2025-09-10; sent 2025-09-24 16:00 -03:00 = 2025-09-25 00:30 IST = day 15 > 14 -> deny (local date would say day 14). extra_ok: the customer asks to cancel the hosting, so a cancellation decision is harmless.")

K.mail("o14-licenca.eml", "Livraria Lusófona <livraria@lusofona-livros.pt>", OWD, "Reembolso licença do tema",
       "Olá, compraram para a Livraria Lusófona uma licença de tema premium (OWD-2025-414) que afinal não "
       "vamos usar, mudámos de ideia quanto ao design. Pedimos o reembolso.", dt(2025, 9, 23, 10, 0, PT))
K.case("o14-licenca", OWB, ["o14-licenca.eml"], "decided", [R("deny")], spec="O6: third_party (premium theme licence) -> deny.")

K.mail("o15-taxa-setup.eml", "Academia Fit Recife <adm@fitrecife.com.br>", OWD, "taxa de ativação",
       "oi, quero o reembolso da taxa de setup OWD-2025-415 da Academia Fit Recife, achei abusiva.",
       dt(2025, 9, 24, 10, 0, BR))
K.case("o15-taxa-setup", OWB, ["o15-taxa-setup.eml"], "decided", [R("deny")], spec="O6: setup fee -> deny.")

K.mail("o16-alteracao-escopo.eml", "Comercial Vinhos do Douro <comercial@vinhosdouro.pt>", OWD,
       "Pedido de alteração - reembolso",
       "Boa tarde, pagámos o pedido de alteração OWD-2025-416 (Vinhos do Douro Online) para a página de "
       "provas, mas afinal a ideia foi abandonada. Gostaríamos de reaver o valor.", dt(2025, 9, 22, 15, 0, PT))
K.case("o16-alteracao-escopo", OWB, ["o16-alteracao-escopo.eml"], "decided", [R("deny")], spec="O6: change_request -> deny.")

K.mail("o17-contestar-cartao.eml", "Oficina do Zé <oficinadoze@gmail.com>", OWD, "devolução do sinal",
       "quero meu sinal de volta OWD-2025-417 oficina do zé, vocês sumiram. se não devolverem vou contestar "
       "no cartão de crédito e botar no juizado de pequenas causas", dt(2025, 9, 20, 10, 0, BR))
K.case("o17-contestar-cartao", OWB, ["o17-contestar-cartao.eml"], "decided", [R("escalate")], rules=["C4"],
       spec="C4: card dispute + small-claims court threat -> escalate (O2 alone would deny).")

K.mail("o18-email-errado.eml", "Yola Domingos <yola.domingos@hotmail.com>", OWD, "Discovery Kizomba",
       "Olá, sou a Yola da Kizomba Eventos, escrevo do meu email pessoal. Queremos a devolução do discovery, "
       "ainda não tivemos sessões e adiámos o projecto.", dt(2025, 9, 17, 10, 0, AO))
K.case("o18-email-errado", OWB, ["o18-email-errado.eml"], "need_info", rules=["C2"],
       spec="C2: not the contract email info@kizombaeventos.co.ao -> ask to write from it.")

K.mail("o19-cancelar-sem-motivo.eml", "Dra. Paula Nogueira <paula.nogueira@escritorionogueira.adv.br>", OWD,
       "Cancelamento - Escritório Nogueira - OWD-2025-423",
       "Prezados,\n\nSolicito o cancelamento do retainer do projeto Escritório Nogueira, nota OWD-2025-423.\n\n"
       "Atenciosamente,\nPaula Nogueira\n\nEsta mensagem pode conter informação confidencial.",
       dt(2025, 9, 26, 10, 0, BR))
K.case("o19-cancelar-sem-motivo", OWB, ["o19-cancelar-sem-motivo.eml"], "need_info", missing=["reason"],
       spec="Sec 8: Optima needs a reason for cancellations; project and invoice given -> ask for reason.")

K.mail("o20-reembolso-sem-motivo.eml", "Restaurante Mar de Luanda <gerencia@mardeluanda.co.ao>", OWD,
       "Pedido de reembolso OWD-2025-418",
       "Exmos. Senhores,\nVimos por este meio solicitar o reembolso do sinal OWD-2025-418 referente ao projecto "
       "Restaurante Mar de Luanda.\nAguardamos resposta.\nA Gerência", dt(2025, 9, 29, 11, 0, AO))
K.case("o20-reembolso-sem-motivo", OWB, ["o20-reembolso-sem-motivo.eml"], "need_info", missing=["reason"],
       spec="Sec 8 reason: restatement and courtesy lines are not a reason -> need_info reason.")

m1 = K.mail("o21-fio-1.eml", "Cooperativa Agrícola Beira <coop@agricolabeira.co.mz>", OWD,
            "Reembolso sinal Cooperativa Agrícola Beira",
            "Bom dia, pedimos o reembolso do sinal OWD-2025-419 do projecto Cooperativa Agrícola Beira.\nObrigado",
            dt(2025, 9, 27, 10, 0, MZ))
K.mail("o21-fio-2.eml", "Cooperativa Agrícola Beira <coop@agricolabeira.co.mz>", OWD,
       "Re: Reembolso sinal Cooperativa Agrícola Beira [OWD-3412]",
       "Boa tarde. O motivo: o financiamento do doador foi cancelado e a cooperativa não tem orçamento para o "
       "site.\n\nNo dia 27/09/2025, às 12:30, Optima WebDesign escreveu:\n> Indique o motivo, por favor.",
       dt(2025, 9, 30, 15, 0, MZ), irt="<owd-3412-ask@optimawebdesign.com>",
       refs=f"{m1} <owd-3412-ask@optimawebdesign.com>")
K.case("o21-fio-motivo", OWB, ["o21-fio-1.eml", "o21-fio-2.eml"], "decided", [R("approve", "18000.00")],
       spec="C3 thread: request time = first email 2025-09-27 13:30 IST = 28.5 h after 2025-09-26 09:00, no work -> O2 approve 18000.00 (reply is > 72 h).")

K.mail("o22-outra-marca.eml", "Joana Marques <joana.marques@sapo.pt>", OWD, "Cancelar subscrição",
       "Bom dia, quero cancelar a minha subscrição mensal, já não preciso.\nJoana", dt(2025, 9, 20, 10, 0, PT))
K.case("o22-outra-marca", OWB, ["o22-outra-marca.eml"], "need_info", rules=["C2"],
       spec="Sec 8 the other brand's customer: a LeadsOptima customer writing to Optima is an unknown sender there -> C2/C3.")

K.mail("o23-pagamento-falhado.eml", "Studio Yoga Porto <ola@yogaporto.pt>", OWD, "Reembolso manutenção anual",
       "Olá! Queremos reembolso da manutenção anual OWD-2025-420 do Studio Yoga Porto: vamos fechar o estúdio. "
       "Namaste, Sofia", dt(2025, 9, 22, 10, 0, PT))
K.case("o23-pagamento-falhado", OWB, ["o23-pagamento-falhado.eml"], "decided", [R("escalate")], extra_ok=True,
       spec="Sec 8: payment status 'failed' (not paid) -> refund escalate, never approve. extra_ok: the studio is closing and the plan is annual maintenance (O5: such a refund ends the plan), so a cancellation decision is harmless.")

K.mail("o24-antes-de-contratar.eml", "Henrique Bastos <henrique.bastos@gmail.com>", OWD, "Orçamento",
       "Olá, estou a pensar contratar um site convosco. Se eu pagar o sinal e depois desistir, recebo o "
       "dinheiro de volta?", dt(2025, 9, 18, 10, 0, PT))
K.case("o24-antes-de-contratar", OWB, ["o24-antes-de-contratar.eml"], "other",
       spec="Sec 8 hypothetical before buying -> other.")

K.mail("o25-tr-auto.eml", "Sistema de Faturação <nao-responder@maresalgarve.pt>", OWD, "Recibo OWD-2025-412",
       "Mensagem gerada automaticamente. Confirmamos a recepção do documento.", dt(2025, 9, 21, 6, 0, PT),
       headers={"Auto-Submitted": "auto-generated"})
K.case("o25-tr-auto", OWB, ["o25-tr-auto.eml"], "ignore", rules=["C7"], spec="C7 Auto-Submitted: auto-generated -> ignore.")

K.write(LEDGER)
print(len(K.cases), "cases")
