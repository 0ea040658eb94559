"""Held-out language round, Portuguese (tests/data/heldout_pt/): customers in Brazil and Portugal writing to
LeadsOptima and Optima WebDesign in Portuguese.  The facts and the expected decisions are the shared scenarios
of tests/data/langkit.py (written from POLICY_SPEC.md alone); this file gives the people and the mail.

Run: python3 tests/data/heldout_pt/make_cases.py   (rewrites ledger.json, emails/ and expected.json here)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # langkit.py, casekit.py
from langkit import Lang  # noqa: E402

PEOPLE = {
    "dup": ("Ana Paula Souza", "gmail.com"), "dup7": ("Ricardo Almeida", "almeidaconsultoria.com.br"),
    "dup8": ("Joana Ferreira", "sapo.pt"), "dup1": ("Bruno Carvalho", "carvalhotech.com.br"),
    "dup3": ("Fernanda Lima", "hotmail.com"), "berr": ("Rafael Costa", "costaimoveis.com.br"),
    "berrout": ("Mariana Ribeiro", "outlook.com"), "past": ("Thiago Martins", "gmail.com"),
    "acc": ("Beatriz Rocha", "rochacontabilidade.com.br"), "accout": ("Gustavo Pereira", "uol.com.br"),
    "l1": ("Camila Barbosa", "gmail.com"), "l1c": ("Paulo Mendes", "mendesobras.pt"),
    "trial": ("Larissa Nunes", "gmail.com"), "hypo": ("Felipe Araújo", "araujomarketing.com.br"),
    "cm": ("Renata Gomes", "gomesestudio.com.br"), "ca": ("Eduardo Teixeira", "teixeiraassociados.pt"),
    "cq": ("Patrícia Moreira", "gmail.com"), "cnr": ("Rodrigo Cardoso", "cardosoautos.com.br"),
    "thr": ("Juliana Dias", "gmail.com"), "mreason": ("Marcelo Castro", "castroseguros.com.br"),
    "c2": ("Aline Correia", "correiafisio.com.br"), "fwdok": ("Vinícius Lopes", "lopeslogistica.com.br"),
    "fwdboss": ("Henrique Vieira", "vieiraengenharia.pt"), "cb": ("Tatiane Freitas", "gmail.com"),
    "legal": ("Leonardo Azevedo", "azevedoimport.com.br"),
}
PROJECTS = {
    "disc": ("Vinícola Serra Gaúcha", "contato@vinicolaserra.com.br", "Vinícola Serra Gaúcha"),
    "disc2": ("Clínica Sorriso Feliz", "gerencia@sorrisofeliz.com.br", "Dra. Helena Prado"),
    "dep": ("Pastelaria Belém Online", "geral@pastelariabelem.pt", "Manuel Sousa"),
    "dep72": ("Pousada Maré Alta", "reservas@pousadamare.com.br", "Pousada Maré Alta"),
    "depw": ("Materiais de Construção Irmãos Silva", "compras@irmaossilva.com.br", "Carlos Silva"),
    "ms": ("Portal Imobiliário Litoral", "ti@imolitoral.com.br", "Equipe de TI - ImoLitoral"),
    "host": ("Escola de Idiomas Babel", "direcao@escolababel.pt", "Escola Babel"),
    "maint": ("Livraria Saraiva do Bairro", "livraria@saraivadobairro.com.br", "Livraria do Bairro"),
    "maintr": ("Padaria Pão Quente", "pedidos@paoquente.com.br", "Rosa - Pão Quente"),
    "nonref": ("Loja Virtual Artesanato Mineiro", "vendas@artesanatomineiro.com.br", "Artesanato Mineiro"),
    "ret8": ("Academia FortFit", "adm@fortfit.com.br", "Administração FortFit"),
    "ret7": ("Ótica Visão Clara", "contato@oticavisaoclara.pt", "Ótica Visão Clara"),
    "ret5": ("Oficina Mecânica Roda Viva", "oficina@rodaviva.com.br", "Oficina Roda Viva"),
    "cproj": ("Floricultura Primavera", "flores@floriculturaprimavera.com.br", "Floricultura Primavera"),
    "thr": ("Escola de Surf Onda Boa", "info@ondaboa.pt", "Escola de Surf Onda Boa"),
    "failed": ("Café Central Lisboa", "admin@cafecentral.pt", "Café Central"),
}
EXTRA = {"c2_personal": "alinecorreia.pessoal@gmail.com", "unknown": "sergio.paiva@paivaeventos.com.br",
         "assistant": "secretariado@vieiraengenharia.pt", "ow_personal": "marcos.vinicola@gmail.com",
         "prospect": "sofia.lemos@lemosdecor.com.br"}

T = {
    # ---------------- LeadsOptima
    "l01-dup-inside": dict(
        subject="Cobrança em duplicidade",
        body="Olá,\n\nno dia 3 de setembro fui cobrada duas vezes pela mensalidade de ₹ 1.499,00, "
             "com poucos minutos de diferença. A segunda fatura é a {i[dup_2]}. Vocês podem "
             "estornar a cobrança duplicada?\n\nObrigada,\nAna Paula Souza\n"),
    "l02-dup-day7": dict(
        subject="Fui cobrado duas vezes no plano trimestral",
        body="Boa noite,\n\nconferindo a fatura do cartão vi que no dia 20/08 foram debitados duas vezes "
             "3.999,00 INR do plano trimestral (faturas {i[dup7]} e {i[dup7_2]}). Tenho uma conta só. Peço o "
             "reembolso da cobrança duplicada, fatura {i[dup7_2]}.\n\nAtt,\nRicardo Almeida\n"
             "Almeida Consultoria\n"),
    "l03-dup-day8": dict(
        subject="Pagamento duplicado do plano anual",
        body="Bom dia,\n\nno dia 10 de julho o plano anual foi cobrado duas vezes (11.988,00 ₹ cada). A fatura "
             "duplicada é a {i[dup8_2]}. Solicito o reembolso do segundo pagamento.\n\nCumprimentos,\n"
             "Joana Ferreira\n"),
    "l04-dup-no-pair": dict(
        subject="Cobrança duplicada",
        body="Olá, pessoal,\n\nno meu cartão aparece que a mensalidade de 22/09/2025 foi cobrada duas vezes. "
             "Peço a devolução da cobrança em duplicidade. Fatura: {i[dup1]}.\n\nAbraço,\nBruno Carvalho\n"
             "Carvalho Tech\n"),
    "l05-dup-three-charges": dict(
        subject="Três cobranças iguais no mesmo dia!",
        body="Oi equipe LeadsOptima,\n\nno dia 15 de setembro o sistema cobrou três vezes a assinatura mensal: "
             "{i[dup3]}, {i[dup3_2]} e {i[dup3_3]}, ₹ 1.499,00 cada. Obviamente deveria ser uma cobrança só. "
             "Quero o reembolso das cobranças duplicadas.\n\nFernanda Lima\n"),
    "l06-billing-error-wrong-plan": dict(
        subject="Cobraram o plano errado",
        body="Olá,\n\nna sexta-feira, 26 de setembro, fui cobrado em ₹ 3.999,00 pelo plano trimestral, mas eu "
             "escolhi o plano mensal. É um erro de cobrança. Fatura {i[berr]}. Solicito o reembolso desse "
             "valor.\n\nAtenciosamente,\nRafael Costa\nCosta Imóveis\n"),
    "l07-billing-error-outside": dict(
        subject="Valor incorreto na fatura {i[berrout]}",
        body="Olá,\n\nem 1º de agosto fui cobrada em ₹ 11.988,00 pelo plano anual, mas o valor combinado com o "
             "vendedor de vocês era menor; o valor está incorreto. Peço a devolução da fatura {i[berrout]}.\n\n"
             "Obrigada,\nMariana Ribeiro\n"),
    "l08-charged-after-cancelled": dict(
        subject="Continuam me cobrando depois de cancelar",
        body="Olá,\n\neu já cancelei a minha assinatura em agosto pelo Billing > Cancel Plan e mesmo assim no "
             "dia 18 de setembro vocês me cobraram de novo ₹ 1.499,00 (fatura {i[past]}). Quero esse dinheiro "
             "de volta.\n\nThiago Martins\n"),
    "l09-access-inside": dict(
        subject="Não consigo acessar a plataforma",
        body="Olá,\n\npaguei o plano anual em 24 de setembro (fatura {i[acc]}) e desde o dia seguinte não "
             "consigo fazer login: a página fica carregando e depois dá erro. Já falei com o chat e nada. "
             "Solicito o reembolso do pagamento.\n\nAtenciosamente,\nBeatriz Rocha\nRocha Contabilidade\n"),
    "l10-access-outside": dict(
        subject="Sem acesso - reembolso",
        body="Boa tarde,\n\nhá semanas não consigo entrar na minha conta, o painel não carrega. Paguei no dia "
             "5 de agosto (fatura {i[accout]}, plano mensal). Peço o reembolso.\n\nGustavo Pereira\n"),
    "l11-not-using-refund": dict(
        subject="Pedido de reembolso",
        body="Olá,\n\nacabei não usando a ferramenta, não tive tempo de configurar nada. Gostaria do reembolso "
             "do pagamento de 20 de setembro, fatura {i[l1]}, plano mensal.\n\nObrigada,\nCamila Barbosa\n"),
    "l12-unused-months-refund-and-cancel": dict(
        subject="Cancelar assinatura e devolver os meses restantes",
        body="Olá,\n\nquero cancelar o meu plano trimestral porque vamos encerrar a empresa no fim do mês. Peço "
             "também que me devolvam a parte de outubro e novembro que não vou usar (fatura {i[l1c]}).\n\n"
             "Cumprimentos,\nPaulo Mendes\nMendes Obras, Lda.\n"),
    "l13-trial-refund": dict(
        subject="Reembolso",
        body="Oi, estou no período de teste e não gostei do produto. Quero o reembolso do que foi cobrado, por "
             "favor.\n\nLarissa Nunes\n"),
    "l14-hypothetical-before-buying": dict(
        subject="Dúvida antes de assinar o plano anual",
        body="Olá,\n\nestou testando o LeadsOptima e penso em assinar o plano anual. Se eu assinar e depois de "
             "dois meses perceber que não serve, vocês devolveriam o valor dos meses não usados? Quero saber "
             "antes de pagar.\n\nObrigado,\nFelipe Araújo\nAraújo Marketing\n"),
    "l15-cancel-period-end": dict(
        subject="Cancelamento da assinatura",
        body="Olá,\n\npor favor cancelem o meu plano mensal. Decidimos voltar a gerenciar os leads no nosso "
             "CRM.\n\nAbraços,\nRenata Gomes\nGomes Estúdio\n"),
    "l16-cancel-annual-fallback": dict(
        subject="Cancelamento do plano anual",
        body="Bom dia,\n\nvenho por este meio cancelar a nossa subscrição anual do LeadsOptima; não a vamos "
             "renovar porque o departamento comercial vai mudar de ferramenta.\n\nCom os melhores cumprimentos,"
             "\nEduardo Teixeira\nTeixeira & Associados\n"),
    "l17-cancel-quarterly-month-end-html": dict(
        subject="Cancelar plano trimestral", body=None,
        html="<html><body><div dir='ltr'><p>Olá,</p><p>Quero <b>cancelar</b> a minha assinatura trimestral. "
             "O motivo é que não precisamos mais da prospecção automática.</p><p>Obrigada,<br>Patrícia "
             "Moreira</p><p style='color:#888'>Enviado do meu iPhone</p></div></body></html>"),
    "l18-cancel-negated-refund": dict(
        subject="Cancelar",
        body="Olá, não quero reembolso, só quero cancelar a assinatura mensal para não renovar.\n\n"
             "Rodrigo Cardoso\nCardoso Autos\n"),
    "l19a-thread-dup-no-invoice": dict(
        subject="Cobrança duplicada",
        body="Oi,\n\nontem (26/09) vocês cobraram duas vezes a mensalidade. Peço a devolução de uma das duas "
             "cobranças.\n\nJuliana Dias\n"),
    "l19b-thread-dup-answer": dict(
        subject="Re: Cobrança duplicada",
        body="Oi de novo,\n\na fatura da cobrança duplicada é {i[thr_2]}.\n\nObrigada,\nJuliana\n\n"
             "Em sáb., 27 de set. de 2025 às 10:00, Juliana Dias escreveu:\n> Oi,\n> ontem (26/09) vocês "
             "cobraram duas vezes a mensalidade.\n"),
    "l20-missing-reason": dict(
        subject="Reembolso fatura {i[mreason]}",
        body="Prezados,\n\nsolicito o reembolso da fatura {i[mreason]}.\n\nAguardo retorno.\n\n"
             "Marcelo Castro\nCastro Seguros\n"),
    "l21-c2-other-address": dict(
        subject="Cobrança em dobro", sender="Aline Correia <{e[c2_personal]}>",
        body="Olá, estou escrevendo do meu e-mail pessoal. O meu e-mail cadastrado no LeadsOptima é {e[c2]}. "
             "No dia 10 de setembro fui cobrada duas vezes, fatura {i[c2]}. Vocês podem me dizer quais "
             "cobranças constam na minha conta e devolver a duplicada?\n\nAline Correia\n"),
    "l22-unknown-sender": dict(
        subject="Cancelar conta", sender="Sérgio Paiva <{e[unknown]}>",
        body="Olá, quero cancelar a minha conta do LeadsOptima, não precisamos mais dela.\n\nSérgio Paiva\n"
             "Paiva Eventos\n"),
    "l23-forward-own-request": dict(
        subject="Fwd: Cobrança dupla plano anual",
        body="Reencaminhando, mandei por engano para o info@ há pouco.\n\n"
             "---------- Mensagem encaminhada ---------\nDe: Vinícius Lopes <{e[fwdok]}>\nData: seg., 29 de "
             "set. de 2025 às 18:40\nAssunto: Cobrança dupla plano anual\nPara: <info@leadsoptima.com>\n\n"
             "Olá, hoje o plano anual foi cobrado duas vezes, ₹ 11.988,00 cada cobrança. A segunda é a "
             "{i[typed_fwdok_2]}. Solicito o reembolso da cobrança duplicada.\nVinícius Lopes\n"),
    "l24-forward-by-assistant-c2": dict(
        subject="ENC: Reembolso LeadsOptima", sender="Secretariado Vieira Engenharia <{e[assistant]}>",
        body="Bom dia, reencaminho o pedido do Eng. Henrique Vieira.\n\n"
             "---------- Mensagem encaminhada ---------\nDe: Henrique Vieira\nData: dom., 7 de set. de 2025\n"
             "Assunto: Reembolso LeadsOptima\n\nCarla, encaminha isto ao LeadsOptima por favor: o meu e-mail "
             "registado é {e[fwdboss]}, plano trimestral. Desde 6 de setembro não consigo aceder à plataforma, "
             "o painel não carrega. Quero o reembolso da fatura {i[fwdboss]}.\n"),
    "l25-chargeback-threat": dict(
        subject="Reembolso imediato ou chargeback",
        body="Olá,\n\nno dia 10 de setembro vocês me cobraram ₹ 1.499,00 (fatura {i[cb]}) e a ferramenta não é "
             "o que eu esperava. Se não devolverem o dinheiro esta semana, vou abrir uma contestação "
             "(chargeback) no meu banco.\n\nTatiane Freitas\n"),
    "l26-legal-threat-cancel-and-refund": dict(
        subject="Cancelamento e reembolso - notificação",
        body="Prezados,\n\ncomunico o cancelamento do meu plano trimestral e exijo o reembolso integral da "
             "fatura {i[legal]}. O serviço não entrega o prometido. Se não tiver resposta em 48 horas, vou "
             "acionar o meu advogado e registrar reclamação no Procon, com base no Código de Defesa do "
             "Consumidor.\n\nLeonardo Azevedo\nAzevedo Import Ltda.\n"),
    "l27-auto-reply": dict(
        subject="Resposta automática: Sua fatura LeadsOptima",
        body="Obrigada pela mensagem. Estou fora do escritório até 6 de outubro, sem acesso ao e-mail. Para "
             "assuntos urgentes, fale com financeiro@gomesestudio.com.br.\n\nRenata Gomes\n"),

    # ---------------- Optima WebDesign
    "o01-discovery-not-started": dict(
        subject="Pedido de reembolso — Vinícola Serra Gaúcha / {i[ow_disc]}",
        body="Olá,\n\npagamos a fase de descoberta (₹ 12.000,00 + impostos) em 22 de setembro, mas nenhuma "
             "sessão aconteceu ainda. A diretoria decidiu adiar o projeto do site para 2026, por isso "
             "solicitamos o reembolso da fatura {i[ow_disc]}.\n\nAtenciosamente,\nVinícola Serra Gaúcha\n"),
    "o02-discovery-started": dict(
        subject="Reembolso fase de estratégia",
        body="Olá,\n\nqueremos a devolução da fatura {i[ow_disc2]} (fase de estratégia do projeto Clínica "
             "Sorriso Feliz). Depois da primeira sessão, em 5 de setembro, vimos que não é o que "
             "procurávamos.\n\nDra. Helena Prado\n"),
    "o03-deposit-48h-html": dict(
        subject="Reembolso do sinal — Pastelaria Belém Online", body=None,
        html="<html><body><p>Olá equipa Optima,</p><p>Na sexta-feira, 26 de setembro, pagámos o sinal de "
             "<b>₹ 20.000,00</b> (fatura {i[ow_dep]}) para o projeto <i>Pastelaria Belém Online</i>. Por "
             "razões financeiras não vamos avançar e pedimos a devolução do sinal. Ainda não começaram a "
             "trabalhar.</p><p>Cumprimentos,<br>Manuel Sousa</p></body></html>"),
    "o04-deposit-exactly-72h": dict(
        subject="Reembolso do depósito Pousada Maré Alta",
        body="Bom dia,\n\nsolicitamos a devolução do depósito da fatura {i[ow_dep72]} do projeto Pousada Maré "
             "Alta: o proprietário decidiu vender a pousada.\n\nPousada Maré Alta\n"),
    "o05-deposit-work-started": dict(
        subject="Cancelamento e reembolso do depósito",
        body="Olá,\n\nontem pagamos o depósito (fatura {i[ow_depw]}) do projeto Materiais de Construção Irmãos "
             "Silva, mas o meu irmão encontrou outra agência mais barata. Pedimos o reembolso do depósito.\n\n"
             "Carlos Silva\n"),
    "o06-milestone-not-started": dict(
        subject="Reembolso do marco 4 Portal Imobiliário Litoral",
        body="Olá,\n\no marco 4 (integração com o CRM), fatura {i[typed_ow_ms_4]}, ainda não começou e decidimos "
             "fazer essa integração internamente. Solicitamos o reembolso desse marco.\n\n"
             "Equipe de TI - ImoLitoral\n"),
    "o07-milestone-in-progress": dict(
        subject="Reembolso marco 3",
        body="Olá,\n\nsobre o projeto Portal Imobiliário Litoral, queremos o reembolso do marco 3 (fatura "
             "{i[ms_in_progress]}), pois a busca de imóveis está semanas atrasada e mudamos as prioridades.\n\n"
             "Equipe de TI - ImoLitoral\n"),
    "o08-milestone-completed": dict(
        subject="Devolução marco 2",
        body="Olá,\n\nsolicitamos a devolução da fatura {i[ms_completed]} do projeto Portal Imobiliário Litoral "
             "(marco 2, layout das fichas). No fim não vamos usar esse layout porque a nova diretoria quer "
             "outro estilo.\n\nEquipe de TI - ImoLitoral\n"),
    "o09-milestone-approved": dict(
        subject="Reembolso marco 1",
        body="Olá,\n\ngostaríamos de recuperar o pagamento do marco 1 ({i[ms_approved]}) do Portal Imobiliário "
             "Litoral: apesar de termos aprovado em junho, o cliente final mudou de ideia sobre a home.\n\n"
             "Equipe de TI - ImoLitoral\n"),
    "o10-milestone-no-invoice": dict(
        subject="Reembolso de um marco",
        body="Olá,\n\nqueremos o reembolso de um dos pagamentos do projeto Portal Imobiliário Litoral, porque "
             "o orçamento deste trimestre foi cortado.\n\nEquipe de TI - ImoLitoral\n"),
    "o11-hosting-within-14-days": dict(
        subject="Cancelar alojamento anual e reembolso — Escola de Idiomas Babel",
        body="Olá,\n\ncontratámos o alojamento anual a 19 de setembro (fatura {i[ow_host]}), mas o grupo obriga-"
             "nos a usar o servidor próprio. Por favor cancelem o plano de alojamento e devolvam-nos o valor "
             "proporcional.\n\nEscola Babel\n"),
    "o12-maintenance-day15": dict(
        subject="Reembolso manutenção anual Livraria Saraiva do Bairro",
        body="Boa tarde,\n\nqueremos cancelar a manutenção anual que começou em 1º de setembro e receber o "
             "valor proporcional (fatura {i[ow_maint]}). Contratamos um técnico aqui do bairro.\n\n"
             "Livraria do Bairro\n"),
    "o13-maintenance-rounding": dict(
        subject="Reembolso manutenção — Padaria Pão Quente / {i[ow_maintr]}",
        body="Olá,\n\ncontratamos por engano a manutenção anual de ₹ 10.000,01: a nossa franquia já inclui "
             "isso. Solicitamos o reembolso proporcional da fatura {i[ow_maintr]}.\n\nRosa - Pão Quente\n"),
    "o14-third-party-domain-ssl": dict(
        subject="Reembolso domínio e SSL",
        body="Olá,\n\nsolicitamos o reembolso da fatura {i[tp]} (domínio .com.br e certificado SSL) do projeto "
             "Loja Virtual Artesanato Mineiro, porque vamos usar o domínio que já tínhamos.\n\n"
             "Artesanato Mineiro\n"),
    "o15-rush-fee": dict(
        subject="Devolução da taxa de urgência",
        body="Olá,\n\nvocês cobraram ₹ 8.000,00 de taxa de urgência (fatura {i[rush]}) no projeto Loja Virtual "
             "Artesanato Mineiro e o site foi entregue só um dia antes do previsto. Pedimos a devolução dessa "
             "taxa.\n\nArtesanato Mineiro\n"),
    "o16-setup-fee": dict(
        subject="Reembolso taxa de ativação",
        body="Olá,\n\npedimos a devolução da taxa de setup/ativação, fatura {i[setup]}, do projeto Loja Virtual "
             "Artesanato Mineiro: achamos a cobrança exagerada para o que foi feito.\n\nArtesanato Mineiro\n"),
    "o17-change-request": dict(
        subject="Reembolso da solicitação de alteração",
        body="Olá,\n\na solicitação de alteração faturada em {i[cr]} (novo gateway de pagamento) para a Loja "
             "Virtual Artesanato Mineiro não é mais necessária porque mudamos de banco. Solicitamos o "
             "reembolso.\n\nArtesanato Mineiro\n"),
    "o18-retainer-11-days-no-refund": dict(
        subject="Cancelamento do retainer — Academia FortFit",
        body="Olá,\n\ncomunicamos o cancelamento do retainer mensal do projeto Academia FortFit (última fatura "
             "{i[ow_ret8]}). Não estamos pedindo reembolso do mês atual. Motivo: vamos contratar uma pessoa de "
             "marketing interna.\n\nAdministração FortFit\n"),
    "o19-retainer-exactly-7-days": dict(
        subject="Cancelamento retainer Ótica Visão Clara",
        body="Bom dia,\n\ncancelamos o retainer mensal da Ótica Visão Clara, fatura {i[ow_ret7]}. Motivo: "
             "redução de custos por causa das obras na loja.\n\nÓtica Visão Clara\n"),
    "o20-retainer-5-days": dict(
        subject="Cancelar retainer Oficina Mecânica Roda Viva",
        body="Boa tarde.\n\nQueremos cancelar o retainer do projeto Oficina Mecânica Roda Viva (fatura "
             "{i[ow_ret5]}), porque as vendas caíram muito neste trimestre.\n\nOficina Roda Viva\n"),
    "o21-cancel-project-o8": dict(
        subject="Cancelamento do projeto Floricultura Primavera",
        body="Olá,\n\ninfelizmente precisamos cancelar o projeto Floricultura Primavera (fatura do sinal "
             "{i[ow_cproj]}). O motivo é que fechamos a segunda loja e não precisamos mais do site com "
             "pedidos online.\n\nFloricultura Primavera\n"),
    "o22-cancel-no-reason": dict(
        subject="Cancelamento retainer",
        body="Olá,\n\npor favor cancelem o retainer do projeto Academia FortFit, fatura {i[ow_ret8]}.\n\n"
             "Obrigado.\nAdministração FortFit\n"),
    "o23a-thread-deposit-no-reason": dict(
        subject="Pedido de reembolso — Escola de Surf Onda Boa / {i[ow_thr]}",
        body="Olá,\n\nsolicitamos o reembolso do sinal pago ontem para o projeto Escola de Surf Onda Boa, "
             "fatura {i[ow_thr]}.\n\nCumprimentos,\nEscola de Surf Onda Boa\n"),
    "o23b-thread-deposit-answer": dict(
        subject="Re: Pedido de reembolso — Escola de Surf Onda Boa / {i[ow_thr]}",
        body="Olá,\n\no motivo é que a câmara municipal não renovou a licença da praia e a escola não vai abrir "
             "na próxima época.\n\nCumprimentos,\nEscola de Surf Onda Boa\n"),
    "o24-c2-personal-address": dict(
        subject="Reembolso Vinícola Serra Gaúcha", sender="Marcos Bento <{e[ow_personal]}>",
        body="Oi, aqui é o Marcos, da Vinícola Serra Gaúcha. Estou escrevendo do meu Gmail porque estou sem "
             "acesso ao e-mail da vinícola ({e[ow_disc]}). Queremos o reembolso da fatura {i[ow_disc]} da "
             "descoberta porque adiamos o projeto. Podem me confirmar também quanto já pagamos no total?\n"),
    "o25-chargeback-threat": dict(
        subject="URGENTE: reembolso do depósito ou chargeback",
        body="Olá,\n\nse não devolverem hoje o depósito da fatura {i[ow_depw]} (Materiais de Construção Irmãos "
             "Silva), vou pedir o chargeback no cartão. Não estamos satisfeitos com o início do projeto.\n\n"
             "Carlos Silva\n"),
    "o26-legal-threat-cancel": dict(
        subject="Cancelamento retainer - Ótica Visão Clara",
        body="Bom dia,\n\ncancelamos o retainer (fatura {i[ow_ret7]}) porque o serviço deste mês foi fraco. "
             "Informamos que o nosso advogado vai analisar o contrato e, se for preciso, recorreremos à DECO "
             "e aos nossos direitos de consumidor.\n\nÓtica Visão Clara\n"),
    "o27-forward-own-request": dict(
        subject="Fwd: Reembolso descoberta Vinícola Serra Gaúcha",
        body="Reencaminhando o nosso pedido de ontem, acho que foi para o endereço errado.\n\n"
             "---------- Mensagem encaminhada ---------\nDe: Vinícola Serra Gaúcha <{e[ow_disc]}>\n"
             "Data: qua., 24 de set. de 2025 às 10:05\nAssunto: Reembolso descoberta Vinícola Serra Gaúcha\n"
             "Para: <optimawebdesign@gmail.com>\n\nOlá, solicitamos o reembolso da fatura {i[ow_disc]} (fase "
             "de descoberta do projeto Vinícola Serra Gaúcha). Nenhuma sessão foi feita e a diretoria decidiu "
             "adiar o site para 2026.\n"),
    "o28-hypothetical-deposit": dict(
        subject="Dúvida sobre o depósito", sender="Sofia Lemos <{e[prospect]}>",
        body="Olá,\n\nestamos pensando em contratar vocês para o site da nossa loja de decoração. Se pagarmos o "
             "depósito e dois dias depois mudarmos de ideia, vocês devolveriam? E se já tiverem começado?\n\n"
             "Obrigada,\nSofia Lemos\n"),
    "o29-auto-reply": dict(
        subject="Resposta automática: Fatura Optima WebDesign",
        body="Esta é uma mensagem automática. A administração da FortFit está de férias até 13 de outubro. O "
             "seu e-mail será respondido no nosso retorno.\n"),
    "o30-payment-failed": dict(
        subject="Reembolso descoberta Café Central",
        body="Olá,\n\nno dia 28 de setembro pagámos a fase de descoberta do projeto Café Central Lisboa (fatura "
             "{i[ow_failed]}) e o banco diz que o pagamento falhou, mas o valor saiu da conta. Como não vamos "
             "continuar, pedimos o reembolso desse valor.\n\nCafé Central\n"),
}

if __name__ == "__main__":
    Lang("pt", HERE, 5200, 5200, PEOPLE, PROJECTS, T, EXTRA,
         latin1=("l16-cancel-annual-fallback", "o02-discovery-started")).build()
