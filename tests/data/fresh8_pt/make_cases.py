"""Fresh held-out round 8 generator (QA pass qa8a, written from POLICY_SPEC.md alone).

Stdlib only, deterministic. Writes ledger.json, emails/*.eml and expected.json beside itself.
Licence: MIT (like the project); all text written for this project.
"""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

LANG = "pt"
HERE = Path(__file__).resolve().parent
IST = timezone(timedelta(hours=5, minutes=30))
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
LOB, OWB = "leadsoptima", "optima_webdesign"

ledger = {"customers": [], "projects": [], "payments": []}
cases = []


def dt(s):
    return datetime.fromisoformat(s).replace(tzinfo=IST)


def cust(email, plan, start=None, end=None, status="active", trial_ends=None, name=None):
    ledger["customers"].append({"brand": LOB, "email": email, "name": name or email.split("@")[0],
                                "plan": plan, "status": status, "trial_ends": trial_ends,
                                "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, amount, paid_at, ps, pe, tax="0.00", status="paid"):
    ledger["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps,
                               "period_end": pe, "status": status})


def proj(name, email, started=None):
    ledger["projects"].append({"brand": OWB, "name": name, "contract_email": email,
                               "work_started_at": started})


def owpay(pid, inv, project, kind, amount, paid_at, tax="0.00", **kw):
    rec = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind, "amount": amount,
           "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid", "setup_fee": None,
           "service_start": None, "next_billing_at": None, "period_start": None, "period_end": None,
           "milestone_status": None}
    rec.update(kw)
    ledger["payments"].append(rec)


def mail(cid, n, frm, to, subj, body, date, html=False, headers=None, parent=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = format_datetime(dt(date))
    mid = f"<{cid}.{n}.{LANG}@fresh8.example>"
    m["Message-ID"] = mid
    if parent:
        m["In-Reply-To"] = parent
        m["References"] = parent
    for k, v in (headers or {}).items():
        m[k] = v
    if html:
        m.set_content(body, subtype="html")
    else:
        m.set_content(body)
    name = f"emails/{cid}-{n}.eml"
    (HERE / name).write_bytes(m.as_bytes())
    return name, mid


def case(cid, brand, status, rules, decisions, spec, files, missing=None, extra_ok=False, ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": rules}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = decisions
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def one(cid, frm, to, subj, body, date, **kw):
    return [mail(cid, 1, frm, to, subj, body, date, **kw)[0]]


def thread(cid, frm, to, parts):
    files, parent = [], None
    for i, (subj, body, date) in enumerate(parts, 1):
        name, mid = mail(cid, i, frm, to, subj, body, date, parent=parent)
        files.append(name)
        parent = parent or mid
    return files


def R(outcome, amount=None, eff=None):
    d = {"intent": "refund", "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    return d


def C(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


# ---- wording (Portuguese, Brazil and Portugal; written for this project) ----
PEOPLE = {
    "l01": "renata.falcao@gmail.com", "l02": "financeiro@padariaestrela.com.br", "l03": "contas@imobiliariatejo.pt",
    "l04": "caio.menezes91@hotmail.com", "l05": "diretoria@autoescolaveloz.com.br", "l06": "bia.sampaio@outlook.com",
    "l07": "thiago.rocha@yahoo.com.br", "l08": "rh@clinicavidaplena.com.br", "l09": "leo.cardoso@gmail.com",
    "l10": "vendas@cervejariaserrana.com.br", "l11": "patricia@estudiopatricianeves.pt", "l12": "adm@academiaforcatotal.com.br",
    "l13": "marketing@pousadamaresia.com.br", "l13g": "juliana.maresia.88@gmail.com",
    "l14": "diretoria@escolaidiomasponte.pt", "l14g": "estagiario.ponte@gmail.com",
    "l15": "wagner.lima@transportadoralima.com.br", "l16": "contato@floriculturaipe.com.br", "l17": "sonia.matos@corretoramatos.com.br",
    "l18": "andre.pacheco@gmail.com", "l19": "ola@docariacanela.pt", "l20": "duda.farias@live.com",
    "l21": "cobranca@oticavisaoclara.com.br", "l22": "ines.carvalho@consultoriacarvalho.pt", "l23": "rafael.teixeira@protonmail.com",
    "l24": "camila.prates@gmail.com", "l25": "newsletter@associacaocomercial-demo.com.br",
    "o01": "larissa@restaurantemaremansa.com.br", "o01p": "Maré Mansa Site",
    "o02": "pedidos@calcadosbarros.com.br", "o02p": "Calçados Barros Loja Virtual",
    "o03": "dr.fontes@odontofontes.com.br", "o03p": "Odonto Fontes",
    "o04": "helena@helenacostadesign.pt", "o04p": "Identidade Helena Costa",
    "o05": "socios@advocaciamoraesbrito.com.br", "o05p": "Moraes & Brito Advocacia",
    "o06": "compras@moveisjatoba.com.br", "o06p": "Móveis Jatobá Catálogo",
    "o07": "ti@colegiosaobento.com.br", "o07p": "Portal Colégio São Bento",
    "o08": "gui@escoladesurfericeira.pt", "o08p": "Ericeira Surf School",
    "o09": "marketing@vinhosquintadovale.pt", "o09p": "Quinta do Vale SEO Mensal",
    "o10": "adm@pilatesequilibrio.com.br", "o10p": "Pilates Equilíbrio Retainer",
    "o11": "flavia@floriculturabemtevi.com.br", "o11p": "Floricultura Bem-te-vi",
    "o12": "suporte@oficinagaliano.com.br", "o12p": "Oficina Galiano",
    "o13": "marcelo@marcelofotografia.com.br", "o13p": "Marcelo Fotografia Portfólio",
    "o14": "diretoria@imobiliariaportoseguro.com.br", "o14p": "Imobiliária Porto Seguro", "o14g": "rodrigo.portoseguro.pessoal@gmail.com",
    "o15": "marketing@livrariafarol.pt", "o15p": "Livraria Farol Blog",
    "o16": "gerente@pousadamirante.com.br", "o16p": "Pousada Mirante Reservas",
    "o17": "eva@evamoreiracoaching.com.br", "o17p": "Eva Moreira Coaching",
    "o18": "dono@padariatrigodouro.com.br", "o18p": "Padaria Trigo de Ouro",
}

TEXTS = {
    "l01": ("Cobrança em duplicidade",
            "Olá, bom dia!\n\nConferindo a fatura do cartão vi que no dia 20/09 vocês me cobraram DUAS vezes a mensalidade "
            "(R$ 1.499,00 cada, com um minuto de diferença). Só tenho uma conta e o plano mensal.\n"
            "A fatura da segunda cobrança é a LO-INV-8202.\n\nPeço o estorno da cobrança repetida.\n\n"
            "Abs,\nRenata Falcão\nEnviado do meu iPhone"),
    "l02": ("cobrança dupla plano trimestral",
            "boa noite\n\nvcs cobraram o trimestral duas vezes no dia 10/09, aparecem as duas no extrato. nota da "
            "repetida: LO INV 8204. quero o reembolso da duplicada por favor\n\natt\nSeu Jorge - Padaria Estrela"),
    "l03": ("Débito duplicado da anuidade",
            "Exmos. Senhores,\n\nVenho por este meio informar que no passado dia 1 de setembro foram efetuados dois débitos "
            "idênticos da anuidade (11.988) na nossa conta. Trata-se de um pagamento em duplicado. Fatura LO-INV-8206. "
            "Solicitamos o reembolso.\n\nCom os melhores cumprimentos,\nDepartamento de Contabilidade\nImobiliária Tejo, Lda.\n\n"
            "Esta mensagem é confidencial e destina-se exclusivamente ao destinatário."),
    "l04": ("reembolso",
            "Oi, tudo bem? Me arrependi, assinei o plano mensal na quinta mas não vou mais usar, mudei de ideia. "
            "Da pra devolver meu dinheiro? fatura LO-INV-8207.\nValeu\nCaio"),
    "l05": ("Cobraram o plano errado",
            "Bom dia,\n\nTemos o plano mensal há meses e no dia 24/09 foi debitado o plano ANUAL (fatura LO-INV-8208). "
            "Não alteramos nada na conta. É um erro de cobrança, pedimos que verifiquem e nos reembolsem o valor.\n\n"
            "Atenciosamente,\nMárcia Veloso\nDiretoria - Autoescola Veloz"),
    "l06": ("Não consigo acessar a plataforma - reembolso",
            "Olá,\n\nDesde segunda não consigo fazer login, a plataforma fica carregando e depois dá erro 500. Já tentei no "
            "Chrome, no Firefox e no celular. Paguei o trimestral dia 22 (LO-INV-8209) e não consegui usar nada. Se não "
            "resolverem quero meu dinheiro de volta.\n\nBeatriz Sampaio"),
    "l07": ("reembolso teste",
            "Oi, estou no período de teste grátis e não curti muito. Quero o reembolso do que paguei porque a ferramenta "
            "não serve pro meu negócio.\n\nAbraço, Thiago Rocha"),
    "l08": ("Cancelamento da assinatura",
            "Boa tarde,\n\nSolicitamos o cancelamento da nossa assinatura trimestral da LeadsOptima. Decidimos concentrar "
            "o recrutamento em outra ferramenta.\n\nAguardo confirmação.\n\nCordialmente,\nAline Duarte\nRH - Clínica Vida Plena"),
    "l09": ("cancelar",
            "Oi! quero cancelar meu plano mensal, vou mudar de ramo e nao vou precisar mais. Obrigado!!\n\nLeo"),
    "l10": ("Cancelar plano anual (sem reembolso)",
            "Prezada equipe,\n\nNão quero reembolso nem nada do tipo, sei que o plano anual não é devolvido. Só quero "
            "cancelar a renovação automática para não ser cobrado de novo no ano que vem, porque vamos fechar a loja "
            "virtual.\n\nObrigado,\nGustavo Prado\nCervejaria Serrana"),
    "l11": ("Dúvida antes de continuar",
            "Olá, uma questão: se a integração com o nosso CRM acabar por não funcionar bem, é possível pedir o dinheiro "
            "de volta? É só para saber antes de passar mais pessoas da equipa para a plataforma.\n\nCumprimentos,\nPatrícia Neves"),
    "l12": ("Como exportar leads",
            "Boa tarde,\nComo faço para exportar os leads de uma campanha para CSV? Não acho a opção no painel. "
            "Também queria saber se dá pra agendar o envio dos whatsapp.\n\nObrigado\nAdministração Academia Força Total"),
    "l13": ("Cobrança em dobro",
            "Olá,\n\nestou escrevendo do meu email pessoal porque estou sem acesso ao da pousada agora. O email cadastrado é "
            "marketing@pousadamaresia.com.br. Vocês cobraram a mensalidade duas vezes no dia 21 de setembro (fatura "
            "LO-INV-8216). Podem me passar os valores e estornar a duplicada?\n\nJuliana"),
    "l14": ("ENC: Cancelamento conta LeadsOptima",
            "Segue o email da diretora.\n\n"
            "-----Mensagem original-----\n"
            "De: Diretoria Escola Ponte <diretoria@escolaidiomasponte.pt>\n"
            "Enviada: terça-feira, 23 de setembro de 2025 18:02\n"
            "Para: Estagiário Ponte <estagiario.ponte@gmail.com>\n"
            "Assunto: Cancelamento conta LeadsOptima\n\n"
            "Olá Tiago, escreve à LeadsOptima e pede que cancelem a nossa conta (registada com "
            "diretoria@escolaidiomasponte.pt, plano trimestral). Não vamos renovar porque no próximo ano letivo não fazemos "
            "captação online.\n\nObrigada, Fernanda"),
    "l15": ("Cobraram duas vezes!!!",
            "Bom dia,\n\nNo dia 26/09 fui cobrado duas vezes R$ 2.499 (faturas LO-INV-8218 e LO-INV-8219). Quero o estorno "
            "da duplicada JÁ. Se em 48 horas não resolverem vou abrir uma contestação no cartão (chargeback) e reclamar no "
            "Procon.\n\nWagner Lima\nTransportadora Lima"),
    "l16": ("Resposta automática: Re: Sua assinatura",
            "Obrigada pela mensagem. Estarei fora do escritório até 6 de outubro, sem acesso ao email. Para assuntos "
            "urgentes fale com a Rosa pelo (11) 4000-0000.\n\nFloricultura Ipê"),
    "l17": ("pagamento repetido", "Oi, me cobraram 2x a mensalidade no domingo dia 28. Podem devolver uma? "
            "Não tô com a fatura aqui agora.\nSônia Matos", "lo inv.8221",
            "Oi de novo, a fatura da segunda cobrança é lo inv.8221\nObrigada\nSônia\n\n"
            "Em seg., 29 de set. de 2025 às 10:00, Sônia Matos escreveu:\n> Oi, me cobraram 2x a mensalidade"),
    "l18": ("Cobrança depois de cancelar",
            "Olá, cancelei meu plano mensal dia 14 de setembro pelo menu Billing e mesmo assim no dia 18 vocês me cobraram "
            "R$ 1.499 (LO-INV-8222). Não era pra ter mais cobrança. Por favor devolvam esse valor.\n\nAndré Pacheco"),
    "l19": ("Cancelamento e reembolso",
            "Boa tarde. Quero cancelar o plano mensal e que me devolvam o valor deste mês (fatura LO-INV-8223), porque "
            "sinceramente fica caro demais para o uso que lhe dou.\n\nCumprimentos\nDoçaria Canela"),
    "l20": ("cobrança duplicada",
            "<html><body><div dir=\"ltr\"><p>Oi pessoal!!</p><p>aparecem <b>duas cobranças iguais</b> de R$1999 no dia "
            "19/9 no cartão, ou seja cobraram duas vezes o plano mensal. A fatura da segunda é <i>LO-INV-8225</i>.</p>"
            "<p>Peço o estorno da cobrança duplicada, obg</p><p>Duda Farias<br>Recife</p></div></body></html>"),
    "l21": ("Três cobranças do mesmo mês",
            "Prezados,\n\nNo dia 22/09 o gateway nos cobrou TRÊS vezes a assinatura mensal de 799 (faturas LO-INV-8226, "
            "LO-INV-8227 e LO-INV-8228). Solicitamos o estorno das duas cobranças duplicadas.\n\nAtenciosamente,\n"
            "Setor de Cobrança - Ótica Visão Clara"),
    "l22": ("pagamento duplicado trimestre",
            "Olá, acho que me cobraram duas vezes o plano trimestral no dia 23/09, a fatura é a LO-INV-8229. Podem "
            "devolver o que foi cobrado a mais?\nInês Carvalho"),
    "l23": ("Sem acesso desde agosto",
            "Olá,\n\nDesde o fim de agosto não consigo entrar na minha conta, dá erro de senha mesmo depois de redefinir. "
            "Paguei dia 20 de agosto (LO-INV-8230). Quero o reembolso desse mês porque não consegui usar nada.\n\nRafael Teixeira"),
    "l24": ("Pedido de reembolso LO-INV-8231",
            "Olá,\n\nsolicito o reembolso da fatura LO-INV-8231.\n\nFico no aguardo.\n\nCamila Prates\n"
            "--\nCamila Prates | Arquitetura de interiores | Curitiba"),
    "l25": ("Informativo da Associação: linhas de crédito para digitalização (setembro)",
            "Prezado associado,\n\nInformamos a nova linha de crédito para digitalização de pequenas empresas. "
            "Inscrições até 15 de outubro.\n\nPara cancelar o recebimento deste informativo, responda com SAIR."),
    "o01": ("Refund Request — Maré Mansa Site / OWD-2025-8201",
            "Olá equipe Optima,\n\nNa segunda (22) pagamos o sinal (R$ 25.000 + impostos) do site do restaurante, fatura "
            "OWD-2025-8201, projeto Maré Mansa Site. Os sócios decidiram adiar a abertura da segunda unidade e não vamos "
            "seguir com o site por enquanto, então pedimos a devolução do sinal. Vocês ainda não começaram nada.\n\n"
            "Obrigada,\nLarissa Ortega\nRestaurante Maré Mansa"),
    "o02": ("Devolução do sinal",
            "Boa tarde,\n\nQueremos cancelar o projeto Calçados Barros Loja Virtual e receber de volta o sinal pago "
            "(fatura OWD-2025-8202). Achamos uma plataforma que já inclui a loja e não compensa.\n\nAtt\nJoão Barros"),
    "o03": ("Reembolso do adiantamento Odonto Fontes",
            "Bom dia,\n\nSolicito o reembolso do adiantamento do projeto Odonto Fontes (fatura OWD-2025-8203). Meu sócio "
            "não concordou com o orçamento e preferimos não continuar.\n\nDr. Eduardo Fontes"),
    "o04": ("Refund Request — Identidade Helena Costa",
            "Olá!\n\nPaguei a fase de discovery de branding (OWD-2025-8204) do projeto Identidade Helena Costa, mas "
            "recebi uma proposta de emprego a tempo inteiro e vou pôr o estúdio em pausa. Ainda não tivemos nenhuma sessão. "
            "Podem devolver-me o valor?\n\nBeijinhos,\nHelena"),
    "o05": ("Devolução sessão de estratégia",
            "Prezados,\n\nSolicitamos a devolução do valor da fase de estratégia do projeto Moraes & Brito Advocacia, "
            "fatura OWD-2025-8205. Depois da primeira reunião não ficamos convencidos com a abordagem proposta.\n\n"
            "Atenciosamente,\nMoraes & Brito\n\nEsta mensagem e seus anexos são confidenciais."),
    "o06": ("Reembolso marco 3 - Móveis Jatobá Catálogo",
            "Olá,\n\nPor corte de orçamento decidimos não fazer o configurador 3D (marco 3 do projeto Móveis Jatobá "
            "Catálogo). Pagamos no dia 10/09, fatura OWD-2025-8207, e vocês ainda não começaram. Pedimos o reembolso "
            "desse marco; o resto segue normal.\n\nAbs,\nCompras - Móveis Jatobá"),
    "o07": ("Devolução etapa intranet",
            "Boa tarde,\n\nSolicitamos a devolução da etapa da intranet do projeto Portal Colégio São Bento "
            "(OWD-2025-8208). A direção mudou e a intranet não vai mais ser usada.\n\nSetor de TI"),
    "o08": ("reembolso etapa design",
            "olá, queria pedir o reembolso da etapa de design da Ericeira Surf School, fatura OWD-2025-8209. "
            "No fim o design não nos convenceu e preferimos voltar ao site antigo.\n\nGui"),
    "o09": ("Cancelamento do serviço mensal de SEO",
            "Bom dia,\n\nVimos informar que pretendemos cancelar o retainer mensal de SEO (projeto Quinta do Vale SEO "
            "Mensal, última fatura OWD-2025-8210). A partir de outubro o posicionamento passa a ser feito por uma pessoa "
            "da casa.\n\nCumprimentos,\nMarketing Quinta do Vale"),
    "o10": ("cancelar retainer Pilates Equilíbrio",
            "Oi! Queria cancelar o retainer mensal (Pilates Equilíbrio Retainer, fatura OWD-2025-8211). Vamos fechar o "
            "estúdio no fim do ano e precisamos cortar custos.\nObrigada\nCarol"),
    "o11": ("Refund Request — Floricultura Bem-te-vi / OWD-2025-8212",
            "Olá,\n\nContratamos a hospedagem anual no dia 20 (R$ 18.000 com a taxa de ativação) para a Floricultura "
            "Bem-te-vi, fatura OWD-2025-8212. Vamos entrar no site da franquia, que já tem hospedagem própria, então "
            "solicitamos o reembolso proporcional previsto na política de vocês.\n\nObrigada,\nFlávia"),
    "o12": ("Reembolso manutenção anual",
            "Olá, solicito o reembolso da manutenção anual da Oficina Galiano (OWD-2025-8213) e o cancelamento do "
            "serviço. Contratamos um técnico de meio período que vai cuidar disso.\n\nAtt"),
    "o13": ("devolução domínio",
            "Oi Optima, vocês cobraram a renovação do domínio do portfólio (Marcelo Fotografia Portfólio, "
            "OWD-2025-8214) mas não quero mais, mudei de nome. Dá pra devolver?\nMarcelo"),
    "o14": ("Reembolso sinal Imobiliária Porto Seguro",
            "Olá, aqui é o Rodrigo, gerente. Estou escrevendo do meu email pessoal. Pagamos ontem o sinal do projeto "
            "Imobiliária Porto Seguro (fatura OWD-2025-8215) mas o conselho não aprovou o investimento e queremos a "
            "devolução. O contrato está em nome de diretoria@imobiliariaportoseguro.com.br.\n\nRodrigo"),
    "o15": ("Cancelamento Livraria Farol Blog - OWD-2025-8216",
            "Bom dia,\n\nPor favor, cancelem o serviço mensal do projeto Livraria Farol Blog (fatura OWD-2025-8216).\n\n"
            "Fico a aguardar.\n\nMarta Rebelo\nLivraria Farol\nTel. 239 000 000"),
    "o16": ("Reclamação etapa sistema de reservas",
            "Boa tarde,\n\nO sistema de reservas do projeto Pousada Mirante Reservas (fatura OWD-2025-8217) não funciona "
            "como combinado. Quero a devolução da etapa. Se não me responderem esta semana vou registrar reclamação no "
            "Procon e meu advogado vai entrar com ação no juizado especial.\n\nFrancisco, gerente Pousada Mirante"),
    "o17": ("Reembolso etapa pendente - Eva Moreira Coaching",
            "Oi equipe,\n\nDecidi não fazer a loja de cursos (a última etapa do projeto Eva Moreira Coaching), porque vou "
            "vender os cursos por uma plataforma externa. Paguei no meio do mês. Podem me devolver essa etapa? Não estou "
            "achando o número da fatura agora.\n\nEva", "owd 2025 8218",
            "Oi, achei: fatura owd 2025 8218.\n\nObrigada!\nEva\n\n"
            "Em qua., 24 de set. de 2025 às 10:00, Eva Moreira escreveu:\n> Decidi não fazer a loja de cursos"),
    "o18": ("Fwd: Refund Request — Padaria Trigo de Ouro / OWD-2025-8219",
            "Vejam abaixo, mandei pro endereço errado.\n\n"
            "---------- Forwarded message ---------\n"
            "De: Dono Padaria Trigo de Ouro <dono@padariatrigodouro.com.br>\n"
            "Date: sáb., 27 de set. de 2025 às 19:40\n"
            "Subject: Refund Request — Padaria Trigo de Ouro / OWD-2025-8219\n"
            "To: <contato@optimawebdesign.example>\n\n"
            "Olá, contratamos a hospedagem anual para a Padaria Trigo de Ouro (fatura OWD-2025-8219, começa dia 10 de "
            "outubro). Vendemos o negócio e o novo dono já tem site, então pedimos o reembolso proporcional e o "
            "cancelamento da hospedagem.\n\nAbraço, Otávio"),
}

T = TEXTS
P = PEOPLE


def build():
    (HERE / "emails").mkdir(exist_ok=True)
    for f in (HERE / "emails").glob("*.eml"):
        f.unlink()
    pre = "81" if LANG == "es" else "82"

    def inv(n):
        return f"LO-INV-{pre}{n:02d}"

    def oinv(n):
        return f"OWD-2025-{pre}{n:02d}"

    # ---------------- LeadsOptima ----------------
    e = P["l01"]
    cust(e, "monthly", "2025-09-20", "2025-10-19")
    lopay(f"p{pre}01a", inv(1), e, "monthly", "1499.00", "2025-09-20T10:05:00", "2025-09-20", "2025-10-19", "269.82")
    lopay(f"p{pre}01b", inv(2), e, "monthly", "1499.00", "2025-09-20T10:06:00", "2025-09-20", "2025-10-19", "269.82")
    case("l01-dup-inside", LOB, "decided", [], [R("approve", "1499.00")],
         "section 3 L2 duplicate_payment, L3 charge 2025-09-20 (day 0), request 2025-09-23 = day 3 <= 7; L4 two paid monthly 1499.00 same period -> approve the duplicate's amount 1499.00 before tax (C6)",
         one("l01", e, LO, *T["l01"], "2025-09-23T11:00:00"))

    e = P["l02"]
    cust(e, "quarterly", "2025-09-10", "2025-12-09")
    lopay(f"p{pre}02a", inv(3), e, "quarterly", "3999.00", "2025-09-10T09:00:00", "2025-09-10", "2025-12-09", "719.82")
    lopay(f"p{pre}02b", inv(4), e, "quarterly", "3999.00", "2025-09-10T09:02:00", "2025-09-10", "2025-12-09", "719.82")
    case("l02-dup-day7-edge", LOB, "decided", [], [R("approve", "3999.00")],
         "L3: charge local date 2025-09-10 is day 0, request 2025-09-17 23:30 IST is day 7, 'day 7 is inside'; L4 approve 3999.00",
         one("l02", e, LO, *T["l02"], "2025-09-17T23:30:00"))

    e = P["l03"]
    cust(e, "annual", "2025-09-01", "2026-08-31")
    lopay(f"p{pre}03a", inv(5), e, "annual", "11988.00", "2025-09-01T08:00:00", "2025-09-01", "2026-08-31")
    lopay(f"p{pre}03b", inv(6), e, "annual", "11988.00", "2025-09-01T08:01:00", "2025-09-01", "2026-08-31")
    case("l03-dup-day8", LOB, "decided", [], [R("deny")],
         "L3: charges 2025-09-01 (day 0), request 2025-09-09 = day 8 > 7 -> deny citing the 7-day rule",
         one("l03", e, LO, *T["l03"], "2025-09-09T08:00:00"))

    e = P["l04"]
    cust(e, "monthly", "2025-09-25", "2025-10-24")
    lopay(f"p{pre}04", inv(7), e, "monthly", "999.00", "2025-09-25T12:00:00", "2025-09-25", "2025-10-24", "179.82")
    case("l04-changed-mind", LOB, "decided", [], [R("deny")],
         "L1: reason 'no longer use it / changed mind' is not an L2 exception -> deny, reply offers cancellation (no cancellation asked)",
         one("l04", e, LO, *T["l04"], "2025-09-27T16:20:00"))

    e = P["l05"]
    cust(e, "annual", "2025-09-24", "2026-09-23")
    lopay(f"p{pre}05", inv(8), e, "annual", "11988.00", "2025-09-24T07:30:00", "2025-09-24", "2026-09-23")
    case("l05-wrong-plan", LOB, "decided", [], [R("escalate")],
         "L2 billing_error ('charged for the wrong plan'), request 2025-09-26 = day 2 -> L5 escalate, no amount",
         one("l05", e, LO, *T["l05"], "2025-09-26T10:10:00"))

    e = P["l06"]
    cust(e, "quarterly", "2025-09-22", "2025-12-21")
    lopay(f"p{pre}06", inv(9), e, "quarterly", "3999.00", "2025-09-22T09:00:00", "2025-09-22", "2025-12-21")
    case("l06-no-access", LOB, "decided", [], [R("escalate")],
         "L2 access_failure ('cannot log in'), day 3 inside L3 -> L6 escalate",
         one("l06", e, LO, *T["l06"], "2025-09-25T09:45:00"))

    e = P["l07"]
    cust(e, None, None, None, status="trial", trial_ends="2025-10-06")
    case("l07-trial", LOB, "decided", [], [R("deny")],
         "L7: account on a free trial, no charges in the ledger -> deny, no billing unless they subscribe",
         one("l07", e, LO, *T["l07"], "2025-09-29T18:00:00"),
         ambiguous="a refund needs an invoice number (section 3) and a trial account has none: a bot could ask for it (need_info) before applying L7")

    e = P["l08"]
    cust(e, "quarterly", "2025-09-01", "2025-11-30")
    lopay(f"p{pre}08", inv(10), e, "quarterly", "3999.00", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
    case("l08-cancel-quarterly", LOB, "decided", [], [C("cancel", "2025-11-30")],
         "L8: cancel, effective_date = current_period_end 2025-11-30 from the ledger; reason not required for a cancellation",
         one("l08", e, LO, *T["l08"], "2025-09-18T14:00:00"))

    e = P["l09"]
    cust(e, "monthly")
    lopay(f"p{pre}09", inv(11), e, "monthly", "1499.00", "2025-09-15T11:00:00", None, None)
    case("l09-cancel-fallback", LOB, "decided", [], [C("cancel", "2025-10-14")],
         "L8 fallback: no current_period_end; last charge 2025-09-15 + 1 month - 1 day = 2025-10-14",
         one("l09", e, LO, *T["l09"], "2025-09-26T20:00:00"))

    e = P["l10"]
    cust(e, "annual", "2025-03-05", "2026-03-04")
    lopay(f"p{pre}10", inv(12), e, "annual", "11988.00", "2025-03-05T10:00:00", "2025-03-05", "2026-03-04")
    case("l10-negated-refund", LOB, "decided", [], [C("cancel", "2026-03-04")],
         "section 8 negation: 'I do not want a refund' adds no refund intent; L8 cancel until current_period_end 2026-03-04",
         one("l10", e, LO, *T["l10"], "2025-09-22T09:15:00"))

    e = P["l11"]
    cust(e, "monthly", "2025-09-12", "2025-10-11")
    lopay(f"p{pre}11", inv(13), e, "monthly", "1499.00", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
    case("l11-hypothetical", LOB, "other", [], [],
         "section 8: a hypothetical ('if it does not work, could I get my money back?') is a policy question, no request -> other",
         one("l11", e, LO, *T["l11"], "2025-09-24T12:00:00"))

    e = P["l12"]
    cust(e, "annual", "2025-06-01", "2026-05-31")
    lopay(f"p{pre}12", inv(14), e, "annual", "11988.00", "2025-06-01T10:00:00", "2025-06-01", "2026-05-31")
    case("l12-howto", LOB, "other", [], [],
         "section 1 outcomes: a how-to question, neither refund nor cancellation -> other",
         one("l12", e, LO, *T["l12"], "2025-09-19T15:30:00"))

    e, g = P["l13"], P["l13g"]
    cust(e, "monthly", "2025-09-21", "2025-10-20")
    lopay(f"p{pre}13a", inv(15), e, "monthly", "1499.00", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
    lopay(f"p{pre}13b", inv(16), e, "monthly", "1499.00", "2025-09-21T10:01:00", "2025-09-21", "2025-10-20")
    case("l13-other-address", LOB, "need_info", ["C2"], [],
         "C2: written from a personal address, states a different registered email -> need_info asking to write from the registered address, nothing about the account",
         one("l13", g, LO, *T["l13"], "2025-09-23T21:00:00"))

    e, g = P["l14"], P["l14g"]
    cust(e, "quarterly", "2025-08-01", "2025-10-31")
    lopay(f"p{pre}14", inv(17), e, "quarterly", "3999.00", "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
    case("l14-forward-colleague", LOB, "need_info", ["C2"], [],
         "section 8 forwards: the forwarded cancellation names the registered email, the sender is another address -> C2 need_info",
         one("l14", g, LO, *T["l14"], "2025-09-24T10:30:00"))

    e = P["l15"]
    cust(e, "monthly", "2025-09-26", "2025-10-25")
    lopay(f"p{pre}15a", inv(18), e, "monthly", "2499.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    lopay(f"p{pre}15b", inv(19), e, "monthly", "2499.00", "2025-09-26T10:00:30", "2025-09-26", "2025-10-25")
    case("l15-chargeback", LOB, "decided", ["C4"], [R("escalate")],
         "C4: threat of a chargeback with the bank -> escalate (covers the whole case), even though L4 would approve",
         one("l15", e, LO, *T["l15"], "2025-09-27T08:40:00"))

    e = P["l16"]
    cust(e, "monthly", "2025-09-05", "2025-10-04")
    case("l16-autoreply", LOB, "ignore", ["C7"], [],
         "C7: Auto-Submitted: auto-replied (out-of-office) -> ignore",
         one("l16", e, LO, *T["l16"], "2025-09-25T07:00:00", headers={"Auto-Submitted": "auto-replied"}))

    e = P["l17"]
    cust(e, "monthly", "2025-09-28", "2025-10-27")
    lopay(f"p{pre}17a", inv(20), e, "monthly", "2499.00", "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
    lopay(f"p{pre}17b", inv(21), e, "monthly", "2499.00", "2025-09-28T10:03:00", "2025-09-28", "2025-10-27")
    t = T["l17"]
    case("l17-thread-invoice", LOB, "decided", [], [R("approve", "2499.00")],
         f"C3: first mail lacks the invoice, answer (In-Reply-To) gives '{t[2]}' = {inv(21)} (section 8 invoice matching), the later charge of the pair; request time = first mail 2025-09-29 (day 1) -> L4 approve 2499.00",
         thread("l17", e, LO, [(t[0], t[1], "2025-09-29T10:00:00"), ("Re: " + t[0], t[3], "2025-09-30T09:00:00")]))

    e = P["l18"]
    cust(e, "monthly", None, None, status="cancelled")
    lopay(f"p{pre}18", inv(22), e, "monthly", "1499.00", "2025-09-18T06:00:00", "2025-09-18", "2025-10-17")
    case("l18-charged-after-cancel", LOB, "decided", [], [R("escalate")],
         "L2 billing_error 'charged after I cancelled' (past event), charge 2025-09-18, request 2025-09-20 day 2 -> L5 escalate",
         one("l18", e, LO, *T["l18"], "2025-09-20T13:00:00"), extra_ok=True)

    e = P["l19"]
    cust(e, "monthly", "2025-09-12", "2025-10-11")
    lopay(f"p{pre}19", inv(23), e, "monthly", "1999.00", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
    case("l19-refund-and-cancel-expensive", LOB, "decided", [], [R("deny"), C("cancel", "2025-10-11")],
         "L1: 'too expensive' is not an exception -> refund deny; L8 cancel until current_period_end 2025-10-11",
         one("l19", e, LO, *T["l19"], "2025-09-14T19:00:00"))

    e = P["l20"]
    cust(e, "monthly", "2025-09-19", "2025-10-18")
    lopay(f"p{pre}20a", inv(24), e, "monthly", "1999.00", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18", "359.82")
    lopay(f"p{pre}20b", inv(25), e, "monthly", "1999.00", "2025-09-19T10:04:00", "2025-09-19", "2025-10-18", "359.82")
    case("l20-html-dup", LOB, "decided", [], [R("approve", "1999.00")],
         "HTML-only mail; L2 duplicate, request 2025-09-21 day 2; L4 approve 1999.00 before tax",
         one("l20", e, LO, *T["l20"], "2025-09-21T22:10:00", html=True))

    e = P["l21"]
    cust(e, "monthly", "2025-09-22", "2025-10-21")
    for k, mm in ((26, "10:00"), (27, "10:01"), (28, "10:02")):
        lopay(f"p{pre}21_{k}", inv(k), e, "monthly", "799.00", f"2025-09-22T{mm}:00", "2025-09-22", "2025-10-21", "143.82")
    case("l21-three-charges", LOB, "decided", [], [R("approve", "1598.00")],
         "section 8 three identical charges: every charge after the first is a duplicate; both inside L3 (request 2025-09-24 day 2) -> 2 x 799.00 = 1598.00",
         one("l21", e, LO, *T["l21"], "2025-09-24T11:00:00"))

    e = P["l22"]
    cust(e, "quarterly", "2025-09-23", "2025-12-22")
    lopay(f"p{pre}22", inv(29), e, "quarterly", "3999.00", "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
    case("l22-dup-not-in-ledger", LOB, "decided", [], [R("escalate")],
         "L4: duplicate claimed inside the window but the ledger shows one charge -> escalate",
         one("l22", e, LO, *T["l22"], "2025-09-25T17:00:00"))

    e = P["l23"]
    cust(e, "monthly", "2025-08-20", "2025-09-19")
    lopay(f"p{pre}23", inv(30), e, "monthly", "1499.00", "2025-08-20T10:00:00", "2025-08-20", "2025-09-19")
    case("l23-access-late", LOB, "decided", [], [R("deny")],
         "L3: access_failure but charge 2025-08-20, request 2025-09-05 = day 16 > 7 -> deny",
         one("l23", e, LO, *T["l23"], "2025-09-05T10:00:00"))

    e = P["l24"]
    cust(e, "monthly", "2025-09-24", "2025-10-23")
    lopay(f"p{pre}24", inv(31), e, "monthly", "1499.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
    case("l24-no-reason", LOB, "need_info", [], [],
         "section 8 'what a reason is': only a restatement + signature, no reason -> C3 need_info asking for the reason (registered email = sender, plan from ledger, invoice given)",
         one("l24", e, LO, *T["l24"], "2025-09-26T12:00:00"), missing=["reason"])

    e = P["l25"]
    case("l25-list-newsletter", LOB, "ignore", ["C7"], [],
         "C7: List-Id and Precedence: list (newsletter) -> ignore",
         one("l25", e, LO, *T["l25"], "2025-09-23T06:00:00",
             headers={"List-Id": "<novedades.lista.example>", "Precedence": "list"}))

    # ---------------- Optima WebDesign ----------------
    e, pn = P["o01"], P["o01p"]
    proj(pn, e)
    owpay(f"q{pre}01", oinv(1), pn, "deposit", "25000.00", "2025-09-22T10:00:00", "4500.00")
    case("o01-deposit-48h", OWB, "decided", [], [R("approve", "25000.00")],
         "O2: deposit paid 2025-09-22 10:00, request 2025-09-24 09:30 = 47.5 h < 72 h, no work started -> approve 25000.00 before tax",
         one("o01", e, OWD, *T["o01"], "2025-09-24T09:30:00"))

    e, pn = P["o02"], P["o02p"]
    proj(pn, e)
    owpay(f"q{pre}02", oinv(2), pn, "deposit", "18000.00", "2025-09-15T12:00:00", "3240.00")
    case("o02-deposit-exactly-72h", OWB, "decided", [], [R("deny")],
         "section 8: exactly 72 hours (2025-09-15 12:00 -> 2025-09-18 12:00) is not before 72 h -> deny (O2)",
         one("o02", e, OWD, *T["o02"], "2025-09-18T12:00:00"), extra_ok=True)

    e, pn = P["o03"], P["o03p"]
    proj(pn, e, "2025-09-16T11:00:00")
    owpay(f"q{pre}03", oinv(3), pn, "deposit", "30000.00", "2025-09-15T18:00:00", "5400.00")
    case("o03-deposit-work-started", OWB, "decided", [], [R("deny")],
         "O2: request 2025-09-17 09:00 is < 72 h but work_started_at 2025-09-16 11:00 came first -> deny",
         one("o03", e, OWD, *T["o03"], "2025-09-17T09:00:00"))

    e, pn = P["o04"], P["o04p"]
    proj(pn, e)
    owpay(f"q{pre}04", oinv(4), pn, "discovery", "15000.00", "2025-09-20T10:00:00", "2700.00")
    case("o04-discovery-unstarted", OWB, "decided", [], [R("approve", "15000.00")],
         "O1: discovery, work_started_at empty -> refundable in full 15000.00 before tax",
         one("o04", e, OWD, *T["o04"], "2025-09-23T10:00:00"))

    e, pn = P["o05"], P["o05p"]
    proj(pn, e, "2025-09-12T15:00:00")
    owpay(f"q{pre}05", oinv(5), pn, "discovery", "12000.00", "2025-09-10T10:00:00")
    case("o05-discovery-session-held", OWB, "decided", [], [R("deny")],
         "O1: first session held 2025-09-12 before the request 2025-09-19 -> deny",
         one("o05", e, OWD, *T["o05"], "2025-09-19T10:00:00"))

    e, pn = P["o06"], P["o06p"]
    proj(pn, e, "2025-08-01T10:00:00")
    owpay(f"q{pre}06a", oinv(6), pn, "milestone", "40000.00", "2025-08-01T10:00:00", milestone_status="approved")
    owpay(f"q{pre}06b", oinv(7), pn, "milestone", "35000.00", "2025-09-10T10:00:00", milestone_status="not_started")
    case("o06-milestone-not-started", OWB, "decided", [], [R("approve", "35000.00")],
         f"O3: the invoice named ({oinv(7)}) is a milestone not_started -> approve its amount 35000.00",
         one("o06", e, OWD, *T["o06"], "2025-09-25T11:00:00"))

    e, pn = P["o07"], P["o07p"]
    proj(pn, e, "2025-08-15T10:00:00")
    owpay(f"q{pre}07", oinv(8), pn, "milestone", "28000.00", "2025-09-01T10:00:00", milestone_status="in_progress")
    case("o07-milestone-in-progress", OWB, "decided", [], [R("escalate")],
         "O3: milestone in_progress -> escalate (billable value of work not started is a person's judgement)",
         one("o07", e, OWD, *T["o07"], "2025-09-22T16:00:00"))

    e, pn = P["o08"], P["o08p"]
    proj(pn, e, "2025-07-01T10:00:00")
    owpay(f"q{pre}08", oinv(9), pn, "milestone", "22000.00", "2025-08-20T10:00:00", milestone_status="approved")
    case("o08-milestone-approved", OWB, "decided", [], [R("deny")],
         "O3/O6: milestone approved -> deny, non-refundable items",
         one("o08", e, OWD, *T["o08"], "2025-09-16T10:00:00"))

    e, pn = P["o09"], P["o09p"]
    proj(pn, e, "2025-06-15T10:00:00")
    owpay(f"q{pre}09", oinv(10), pn, "retainer", "20000.00", "2025-09-15T10:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
    case("o09-retainer-notice-ok", OWB, "decided", [], [C("cancel", "2025-10-14")],
         "O4/O8: next_billing 2025-10-15, cut-off 2025-10-08; request 2025-09-29 <= cut-off -> cancel, effective the day before next billing 2025-10-14",
         one("o09", e, OWD, *T["o09"], "2025-09-29T10:00:00"))

    e, pn = P["o10"], P["o10p"]
    proj(pn, e, "2025-05-03T10:00:00")
    owpay(f"q{pre}10", oinv(11), pn, "retainer", "15000.00", "2025-09-03T10:00:00",
          period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T00:00:00")
    case("o10-retainer-short-notice", OWB, "decided", [], [C("cancel", "2025-11-02")],
         "O4: next_billing 2025-10-03, cut-off 2025-09-26; request 2025-09-30 is after -> next cycle (2025-10-03..2025-11-02, monthly like the current 09-03..10-02) is billed; effective 2025-11-02",
         one("o10", e, OWD, *T["o10"], "2025-09-30T10:00:00"),
         ambiguous="the next cycle's end is inferred from the current period's monthly length (the ledger has no record of the next cycle)")

    e, pn = P["o11"], P["o11p"]
    proj(pn, e)
    owpay(f"q{pre}11", oinv(12), pn, "hosting_annual", "18000.00", "2025-09-20T10:00:00", "3240.00",
          setup_fee="1800.00", service_start="2025-09-20")
    case("o11-hosting-prorata", OWB, "decided", [], [R("approve", "14850.00")],
         "O5: request 2025-09-26 within 14 days of service_start 2025-09-20; monthly_value = (18000-1800)/12 = 1350.00; refund = 18000 - 1800 - 1350 x 1 = 14850.00",
         one("o11", e, OWD, *T["o11"], "2025-09-26T10:00:00"), extra_ok=True)

    e, pn = P["o12"], P["o12p"]
    proj(pn, e)
    owpay(f"q{pre}12", oinv(13), pn, "maintenance_annual", "24000.00", "2025-08-25T10:00:00",
          setup_fee="0.00", service_start="2025-08-25")
    case("o12-maintenance-late", OWB, "decided", [], [R("deny")],
         "O5: service_start 2025-08-25, request 2025-09-22 = day 28 > 14 -> deny",
         one("o12", e, OWD, *T["o12"], "2025-09-22T10:00:00"), extra_ok=True)

    e, pn = P["o13"], P["o13p"]
    proj(pn, e)
    owpay(f"q{pre}13", oinv(14), pn, "third_party", "1850.00", "2025-09-24T10:00:00")
    case("o13-domain", OWB, "decided", [], [R("deny")],
         "O6: third_party (domain renewal) never refundable -> deny",
         one("o13", e, OWD, *T["o13"], "2025-09-25T10:00:00"))

    e, pn, g = P["o14"], P["o14p"], P["o14g"]
    proj(pn, e)
    owpay(f"q{pre}14", oinv(15), pn, "deposit", "20000.00", "2025-09-28T10:00:00")
    case("o14-not-contract-email", OWB, "need_info", ["C2"], [],
         "C2 (explicit for Optima): request from an address that is not the contract email -> need_info, write from the contracting email",
         one("o14", g, OWD, *T["o14"], "2025-09-29T10:00:00"))

    e, pn = P["o15"], P["o15p"]
    proj(pn, e, "2025-04-01T10:00:00")
    owpay(f"q{pre}15", oinv(16), pn, "retainer", "12000.00", "2025-09-10T10:00:00",
          period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
    case("o15-cancel-no-reason", OWB, "need_info", [], [],
         "section 8: Optima requires a reason for cancellations too; project and invoice given, none -> C3 need_info reason",
         one("o15", e, OWD, *T["o15"], "2025-09-24T10:00:00"), missing=["reason"])

    e, pn = P["o16"], P["o16p"]
    proj(pn, e, "2025-09-01T10:00:00")
    owpay(f"q{pre}16", oinv(17), pn, "milestone", "26000.00", "2025-09-05T10:00:00", milestone_status="completed")
    case("o16-consumer-lawyer", OWB, "decided", ["C4"], [R("escalate")],
         "C4: consumer authority / lawyer threat -> escalate",
         one("o16", e, OWD, *T["o16"], "2025-09-23T10:00:00"))

    e, pn = P["o17"], P["o17p"]
    proj(pn, e, "2025-08-01T10:00:00")
    owpay(f"q{pre}17", oinv(18), pn, "milestone", "18000.00", "2025-09-15T10:00:00", milestone_status="not_started")
    t = T["o17"]
    case("o17-thread-invoice", OWB, "decided", [], [R("approve", "18000.00")],
         f"C3: first mail has no invoice; answer gives '{t[2]}' = {oinv(18)}, milestone not_started -> O3 approve 18000.00",
         thread("o17", e, OWD, [(t[0], t[1], "2025-09-24T10:00:00"), ("Re: " + t[0], t[3], "2025-09-25T12:00:00")]))

    e, pn = P["o18"], P["o18p"]
    proj(pn, e)
    owpay(f"q{pre}18", oinv(19), pn, "hosting_annual", "12000.00", "2025-09-25T10:00:00",
          setup_fee="600.00", service_start="2025-10-10")
    case("o18-forward-hosting-before-start", OWB, "decided", [], [R("approve", "10450.00")],
         "section 8 forward read for the request it carries (same contract email); O5 before service start: consumed_months 1; (12000-600)/12 = 950.00; 12000 - 600 - 950 = 10450.00",
         one("o18", e, OWD, *T["o18"], "2025-09-28T10:00:00"), extra_ok=True)

    # ---------------- extra scenarios, different per language ----------------
    if LANG == "es":
        e = "ventas@kioscodigital.com.uy"
        cust(e, "monthly", "2025-09-11", "2025-10-10")
        lopay(f"p{pre}40a", inv(40), e, "monthly", "1499.00", "2025-09-10T20:00:00Z", "2025-09-11", "2025-10-10")
        lopay(f"p{pre}40b", inv(41), e, "monthly", "1499.00", "2025-09-10T20:01:00Z", "2025-09-11", "2025-10-10")
        case("x01-utc-ledger-day7", LOB, "decided", [], [R("approve", "1499.00")],
             "section 8 ledger times with an offset: 2025-09-10T20:00Z = 2025-09-11 01:30 IST (day 0); request 2025-09-18 = day 7, inside L3; L4 approve 1499.00",
             one("x01", e, LO, "double charge / cobro doble",
                 "Hi / Hola,\n\nsorry for my english, escribo en español mejor. Tengo un double charge del plan mensual, "
                 "los dos cargos salen el 11 de septiembre en mi banco (hora Uruguay es el 10 a la noche). Factura del "
                 "segundo: LO-INV-8141. Solicito devolución del cargo duplicado.\n\nSaludos\nDiego Méndez\nKiosco Digital",
                 "2025-09-18T10:00:00"))
        case("x02-mailer-daemon", LOB, "ignore", ["C7"], [],
             "C7: MAILER-DAEMON sender and a delivery-status report -> ignore",
             one("x02", "MAILER-DAEMON@mx1.correo-ejemplo.es", LO, "Mensaje no entregado: Re: Su factura",
                 "No se ha podido entregar el mensaje a los siguientes destinatarios:\n\n    contabilidad@empresa-inexistente.es\n"
                 "    Error: 550 5.1.1 usuario desconocido\n", "2025-09-24T03:12:00",
                 headers={"Auto-Submitted": "auto-replied"}))
        e, pn = "agencia@viajesnubia.es", "Viajes Nubia Landing"
        proj(pn, e, "2025-09-08T10:00:00")
        owpay(f"q{pre}40", oinv(40), pn, "rush", "8000.00", "2025-09-08T10:00:00")
        case("x03-rush-fee", OWB, "decided", [], [R("deny")],
             "O6: kind rush (expedited fee) never refundable -> deny",
             one("x03", e, OWD, "Devolución del suplemento de urgencia",
                 "Hola,\n\nPagamos el suplemento por entrega urgente de la landing (proyecto Viajes Nubia Landing, factura "
                 "OWD-2025-8140) y al final la campaña se retrasó un mes, así que la urgencia no sirvió de nada. "
                 "Pedimos que nos devolváis ese suplemento.\n\nNuria\nViajes Nubia", "2025-09-19T12:00:00"))
        e, pn = "direccion@academiaidiomasrioja.es", "Academia Rioja Mantenimiento"
        proj(pn, e, "2025-03-05T10:00:00")
        owpay(f"q{pre}41", oinv(41), pn, "retainer", "10000.00", "2025-09-05T10:00:00",
              period_start="2025-09-05", period_end="2025-10-04")
        owpay(f"q{pre}42", oinv(42), pn, "retainer", "10000.00", "2025-09-20T10:00:00",
              period_start="2025-10-05", period_end="2025-11-04", next_billing_at="2025-11-05T00:00:00")
        case("x04-retainer-prepaid", OWB, "decided", [], [C("escalate")],
             "section 8 retainer paid in advance: next cycle (2025-10-05..2025-11-04, OWD-2025-8142) already paid and notice >= 7 days -> cancellation escalate",
             one("x04", e, OWD, "Cancelación del mantenimiento mensual",
                 "Buenos días,\n\nQueremos dar de baja el mantenimiento mensual (Academia Rioja Mantenimiento, facturas "
                 "OWD-2025-8141 y OWD-2025-8142; esta última la adelantamos por error). El centro pasa a depender de la "
                 "web del grupo y ya no necesitamos mantenimiento propio.\n\nUn saludo,\nDirección", "2025-09-22T10:00:00"))
        e, g = "compras@libreriaaltamar.es", "leo.altamar@gmail.com"
        cust(e, "monthly", "2025-09-25", "2025-10-24")
        lopay(f"p{pre}43a", inv(43), e, "monthly", "1499.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
        lopay(f"p{pre}43b", inv(44), e, "monthly", "1499.00", "2025-09-25T10:02:00", "2025-09-25", "2025-10-24")
        case("x05-reply-to-trick", LOB, "need_info", ["C2"], [],
             "section 8: the sender is the From address; Reply-To (the registered address) never verifies -> C2 need_info",
             one("x05", g, LO, "Cargo doble septiembre",
                 "Hola, me habéis cobrado dos veces la cuota del 25/09 (LO-INV-8144). Devolvedme el duplicado por favor. "
                 "Contestad a la dirección de la librería.\n\nLeo", "2025-09-26T10:00:00",
                 headers={"Reply-To": e}))
        e, pn = "marta@martacasalsnutricion.es", "Marta Casals Nutrición"
        proj(pn, e, "2025-09-30T10:00:00")
        owpay(f"q{pre}45", oinv(45), pn, "discovery", "9000.00", "2025-09-24T10:00:00", "1620.00")
        case("x06-discovery-session-later", OWB, "decided", [], [R("approve", "9000.00")],
             "O1: work_started_at 2025-09-30 is later than the request 2025-09-26 -> nothing started at request time -> approve 9000.00 before tax",
             one("x06", e, OWD, "Refund Request — Marta Casals Nutrición (OWD-2025-8145)",
                 "Hola,\n\nTenemos la primera sesión de discovery agendada para el martes 30, pero por un tema familiar "
                 "tengo que dejar el proyecto web aparcado unos meses. ¿Podéis anular la sesión y devolverme el pago "
                 "(OWD-2025-8145)?\n\nGracias y perdón por las molestias,\nMarta", "2025-09-26T18:00:00"))
        e = "sofia.navas@gmail.com"
        cust(e, "quarterly", "2025-09-23", "2025-12-22")
        lopay(f"p{pre}46a", inv(46), e, "quarterly", "3999.00", "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
        lopay(f"p{pre}46b", inv(47), e, "quarterly", "3999.00", "2025-09-23T10:01:00", "2025-09-23", "2025-12-22",
              status="failed")
        case("x07-dup-one-failed", LOB, "decided", [], [R("escalate")],
             "L4: the second charge (LO-INV-8147) is 'failed', not paid, so no pair of paid charges -> escalate (also section 8: refund of a payment not paid -> escalate)",
             one("x07", e, LO, "dos cargos trimestre",
                 "hola, en la app del banco me salen dos cargos del trimestral del 23/9, el segundo es LO-INV-8147. "
                 "me lo devolveis? gracias\nSofía", "2025-09-24T09:00:00"))
        case("x08-owd-presale-question", OWB, "other", [], [],
             "section 8: a hypothetical before buying ('if I do not like it, would you refund?') is a policy question -> other",
             one("x08", "pedro.ibanez.arq@gmail.com", OWD, "Pregunta antes de contratar hosting",
                 "Buenas tardes,\n\nEstoy pensando en contratar con vosotros el hosting anual para mi estudio de "
                 "arquitectura. Si después de un par de semanas no me convence, ¿me devolveríais el dinero? ¿Cómo "
                 "funciona lo del alta?\n\nGracias,\nPedro Ibáñez", "2025-09-25T17:00:00"))
    else:
        case("y01-own-address", LOB, "ignore", ["C7"], [],
             "C7: mail from the brand's own address (noreply@leadsoptima.com, listed in the brand file) -> ignore",
             one("y01", "noreply@leadsoptima.com", LO, "Seu recibo LeadsOptima - fatura LO-INV-8299",
                 "Olá,\n\nRecebemos o seu pagamento do plano mensal. Obrigado por usar a LeadsOptima.\n\n"
                 "Esta é uma mensagem automática, não responda.", "2025-09-24T06:00:00"))
        e, pn = "contato@cafeteriagraos.com.br", "Cafeteria Grãos App"
        proj(pn, e, "2025-09-15T10:00:00")
        owpay(f"q{pre}40", oinv(40), pn, "setup", "3500.00", "2025-09-15T10:00:00", "630.00")
        case("y02-setup-fee", OWB, "decided", [], [R("deny")],
             "O6: kind setup (activation fee) never refundable -> deny",
             one("y02", e, OWD, "Devolução taxa de ativação",
                 "Olá,\n\nPagamos a taxa de ativação do projeto Cafeteria Grãos App (fatura OWD-2025-8240), mas mudamos de "
                 "ideia sobre o aplicativo porque o iFood já atende a gente. Queremos essa taxa de volta.\n\nAtt,\nBruna",
                 "2025-09-18T11:00:00"))
        e, pn = "marketing@academiaremobr.com.br", "Remo BR Site Institucional"
        proj(pn, e, "2025-07-01T10:00:00")
        owpay(f"q{pre}41", oinv(41), pn, "change_request", "4200.00", "2025-09-20T10:00:00")
        case("y03-change-request", OWB, "decided", [], [R("deny")],
             "O6: kind change_request (outside the original scope) never refundable -> deny",
             one("y03", e, OWD, "Reembolso alteração extra",
                 "Boa tarde,\n\nPedimos aquela alteração extra na página de planos (Remo BR Site Institucional, "
                 "OWD-2025-8241), mas a diretoria desistiu dos planos novos. Gostaríamos do reembolso dessa alteração.\n\n"
                 "Marketing Remo BR", "2025-09-23T15:00:00"))
        e = "nuno.vieira@sapo.pt"
        cust(e, "quarterly")
        lopay(f"p{pre}42", inv(42), e, "quarterly", "3999.00", "2025-07-15T10:00:00", None, None)
        case("y04-cancel-quarterly-fallback", LOB, "decided", [], [C("cancel", "2025-10-14")],
             "L8 fallback: no current_period_end; last charge 2025-07-15 + 3 months - 1 day = 2025-10-14",
             one("y04", e, LO, "Anular subscrição",
                 "Boa tarde,\n\nVenho pedir que anulem a minha subscrição trimestral. A empresa foi adquirida e passamos a "
                 "usar o sistema do grupo.\n\nCom os melhores cumprimentos,\nNuno Vieira", "2025-09-19T14:30:00"))
        e, pn = "contato@barbeariadomestre.com.br", "Barbearia do Mestre Agendamento"
        proj(pn, e)
        owpay(f"q{pre}43", oinv(43), pn, "deposit", "12000.00", "2025-09-29T10:00:00", "2160.00")
        case("y05-plus-tag-address", OWB, "need_info", ["C2"], [],
             "section 8: a +tag makes another address; contato+financeiro@ is not the contract email contato@ -> C2 need_info",
             one("y05", "contato+financeiro@barbeariadomestre.com.br", OWD, "Devolução do sinal - Barbearia do Mestre",
                 "Olá, pagamos ontem o sinal do projeto Barbearia do Mestre Agendamento (OWD-2025-8243), mas o sócio "
                 "decidiu usar um app pronto de agendamento. Pedimos a devolução.\n\nFinanceiro", "2025-09-30T11:00:00"))
        e, pn = "ti@hotelbeiramar.pt", "Hotel Beira-Mar Manutenção"
        proj(pn, e)
        owpay(f"q{pre}44", oinv(44), pn, "maintenance_annual", "9600.00", "2025-09-12T10:00:00", "2208.00",
              setup_fee="0.00", service_start="2025-09-12")
        case("y06-maintenance-day14", OWB, "decided", [], [R("approve", "8800.00")],
             "O5 at the edge: service_start 2025-09-12 (day 0), request 2025-09-26 = day 14, inside; monthly_value 9600/12 = 800.00; refund 9600 - 0 - 800 x 1 = 8800.00",
             one("y06", e, OWD, "Refund Request — Hotel Beira-Mar Manutenção / OWD-2025-8244",
                 "Bom dia,\n\nSolicitamos o cancelamento da manutenção anual (Hotel Beira-Mar Manutenção, fatura "
                 "OWD-2025-8244) e o respetivo reembolso proporcional. O hotel foi integrado numa cadeia que tem equipa "
                 "técnica própria.\n\nCumprimentos,\nDepartamento de TI", "2025-09-26T16:00:00"), extra_ok=True)
        e = "gestao@clinicapatasfelizes.com.br"
        cust(e, "annual", "2025-09-24", "2026-09-23")
        lopay(f"p{pre}45a", inv(45), e, "annual", "11988.00", "2025-09-24T09:00:00", "2025-09-24", "2026-09-23")
        lopay(f"p{pre}45b", inv(46), e, "annual", "11988.00", "2025-09-24T09:00:40", "2025-09-24", "2026-09-23")
        case("y07-applemail-forward-own", LOB, "decided", [], [R("approve", "11988.00")],
             "section 8 forward from the registered address itself, note only ('veja abaixo'); the forwarded text: duplicate annual charge 2025-09-24, request 2025-09-27 day 3 -> L4 approve the duplicate 11988.00",
             one("y07", e, LO, "Fwd: Anuidade cobrada duas vezes",
                 "Veja abaixo.\n\nInício da mensagem encaminhada:\n\n"
                 "De: Gestão Patas Felizes <gestao@clinicapatasfelizes.com.br>\n"
                 "Assunto: Anuidade cobrada duas vezes\n"
                 "Data: 26 de setembro de 2025 às 17:05:11 BRT\n"
                 "Para: financeiro@leadsoptima.example\n\n"
                 "Boa tarde, a anuidade (R$ 11.988,00) foi cobrada duas vezes no dia 24/09. A fatura da cobrança em "
                 "duplicidade é a LO-INV-8246. Pedimos o estorno da duplicada.\n\nClínica Veterinária Patas Felizes",
                 "2025-09-27T10:00:00"))
        e, pn = "socio@estudiotrilha.com.br", "Estúdio Trilha Portfólio"
        proj(pn, e)
        owpay(f"q{pre}47", oinv(47), pn, "deposit", "16000.00", "2025-09-25T10:00:00")
        case("y08-deposit-dispute-threat", OWB, "decided", ["C4"], [R("escalate")],
             "C4: 'vou contestar no cartão' (payment dispute threat) -> escalate even though O2 would approve (request 2025-09-26, 24 h)",
             one("y08", e, OWD, "Sinal Estúdio Trilha",
                 "Pessoal, pagamos o sinal ontem (Estúdio Trilha Portfólio, OWD-2025-8247) e desistimos do projeto porque "
                 "o cliente principal do estúdio cancelou o contrato. Quero o dinheiro de volta hoje, senão vou contestar "
                 "a compra no cartão.\n\nHugo", "2025-09-26T10:00:00"))

    # ---------------- more language-specific scenarios ----------------
    if LANG == "es":
        e = "rocio.benitez@gmail.com"
        cust(e, "monthly", "2025-09-24", "2025-10-23")
        lopay(f"p{pre}50", inv(50), e, "monthly", "1499.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
        case("x09-forward-note-no-reason", LOB, "need_info", [], [],
             "section 8: a forwarding note ('os lo reenvío, gracias') and a restated request are not reasons -> C3 need_info reason (sender = registered, plan from ledger, invoice given)",
             one("x09", e, LO, "RV: reembolso",
                 "Os lo reenvío porque no he tenido respuesta. Gracias.\n\n"
                 "________________________________\n"
                 "De: Rocío Benítez <rocio.benitez@gmail.com>\n"
                 "Enviado: jueves, 25 de septiembre de 2025 9:14\n"
                 "Para: facturacion@leadsoptima.example\n"
                 "Asunto: reembolso\n\n"
                 "Buenos días, solicito el reembolso de mi pago, factura LO-INV-8150.\n\nRocío",
                 "2025-09-27T12:00:00"))
        e = "estudio@arquitecturaduero.es"
        proj("Duero Arquitectos Web", e, "2025-06-01T10:00:00")
        proj("Duero Arquitectos Blog", e, "2025-07-01T10:00:00")
        owpay(f"q{pre}51", oinv(51), "Duero Arquitectos Web", "retainer", "9000.00", "2025-09-12T10:00:00",
              period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T00:00:00")
        owpay(f"q{pre}52", oinv(52), "Duero Arquitectos Blog", "retainer", "5000.00", "2025-09-12T10:00:00",
              period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T00:00:00")
        case("x10-owd-missing-project-invoice", OWB, "need_info", [], [],
             "C3: Optima requires project name and invoice; the contract email has two projects, neither named nor any invoice -> need_info project_name + invoice_number",
             one("x10", e, OWD, "Baja servicio mensual",
                 "Hola,\n\nQueremos dar de baja uno de los servicios mensuales que tenemos con vosotros, porque el "
                 "estudio se fusiona con otro y vamos a usar su web.\n\nSaludos,\nEstudio Duero", "2025-09-23T10:00:00"),
             missing=["project_name", "invoice_number"])
        e = "admin@escuelanauticabrisa.es"
        cust(e, "annual", "2025-05-10", "2026-05-09")
        lopay(f"p{pre}53", inv(53), e, "annual", "11988.00", "2025-05-10T10:00:00", "2025-05-10", "2026-05-09", "2157.84")
        case("x11-negated-question", LOB, "other", [], [],
             "section 8 negation: 'no pido devolución ni quiero cancelar' plus an invoice question -> no request -> other",
             one("x11", e, LO, "Duda factura anual",
                 "Hola, no pido devolución ni quiero cancelar nada, tranquilos 🙂. Solo necesito saber por qué la "
                 "factura LO-INV-8153 lleva IVA si somos una empresa de Canarias. ¿Me la podéis rehacer con IGIC?\n\n"
                 "Gracias,\nAdministración Escuela Náutica Brisa", "2025-09-22T11:00:00"))
        e = "hola@cafeterialatetera.es"
        cust(e, "quarterly", "2025-09-26", "2025-12-25")
        lopay(f"p{pre}54a", inv(54), e, "quarterly", "3999.00", "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
        lopay(f"p{pre}54b", inv(55), e, "quarterly", "3999.00", "2025-09-26T10:05:00", "2025-09-26", "2025-12-25")
        case("x12-dup-and-cancel", LOB, "decided", [], [R("approve", "3999.00"), C("cancel", "2025-12-25")],
             "both intents: L4 duplicate quarterly 3999.00 charged 2025-09-26, request 2025-09-28 day 2 -> approve 3999.00; L8 cancel until current_period_end 2025-12-25",
             one("x12", e, LO, "cobro doble y baja",
                 "Hola:\n1) el 26/09 nos cobrasteis dos veces el trimestre, el repetido es LO-INV-8155, devolvedlo porfa.\n"
                 "2) ademas queremos darnos de baja, no vamos a renovar porque cerramos en invierno.\n\n"
                 "La Tetera", "2025-09-28T19:00:00"))
    else:
        e = "atendimento@imobiliariaipanema.com.br"
        proj("Ipanema Imóveis Portal", e, "2025-06-01T10:00:00")
        proj("Ipanema Imóveis Landing", e, "2025-07-01T10:00:00")
        owpay(f"q{pre}51", oinv(51), "Ipanema Imóveis Portal", "milestone", "21000.00", "2025-09-12T10:00:00",
              milestone_status="not_started")
        owpay(f"q{pre}52", oinv(52), "Ipanema Imóveis Landing", "milestone", "7000.00", "2025-09-12T10:00:00",
              milestone_status="not_started")
        case("y09-owd-missing-project-invoice", OWB, "need_info", [], [],
             "C3: two projects under this contract email, neither named nor any invoice -> need_info project_name + invoice_number",
             one("y09", e, OWD, "Reembolso de etapa",
                 "Olá, queremos o reembolso da etapa que pagamos dia 12, porque a diretoria congelou o orçamento de "
                 "marketing até janeiro.\n\nAtendimento Ipanema Imóveis", "2025-09-23T10:00:00"),
             missing=["project_name", "invoice_number"])
        e = "vera.lucia.dantas@gmail.com"
        cust(e, "monthly", "2025-09-24", "2025-10-23")
        lopay(f"p{pre}53", inv(53), e, "monthly", "1499.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
        case("y10-forward-note-no-reason", LOB, "need_info", [], [],
             "section 8: forwarding note ('segue abaixo, att') and a restated request are not reasons -> C3 need_info reason",
             one("y10", e, LO, "Fwd: reembolso",
                 "Segue abaixo, fico no aguardo. Att\n\n"
                 "---------- Forwarded message ---------\n"
                 "De: Vera Lúcia Dantas <vera.lucia.dantas@gmail.com>\n"
                 "Date: qui., 25 de set. de 2025 às 09:14\n"
                 "Subject: reembolso\n"
                 "To: <cobranca@leadsoptima.example>\n\n"
                 "Bom dia, solicito o reembolso do meu pagamento, fatura LO-INV-8253.\n\nVera",
                 "2025-09-27T12:00:00"))
        e = "contato@lojaverdemusgo.com.br"
        cust(e, "quarterly", "2025-08-20", "2025-11-19")
        lopay(f"p{pre}54", inv(54), e, "quarterly", "3999.00", "2025-08-20T10:00:00", "2025-08-20", "2025-11-19")
        case("y11-plan-change-not-cancel", LOB, "other", [], [],
             "section 8 negation: 'não quero cancelar nem reembolso', asks to move to the annual plan -> neither refund nor cancellation -> other",
             one("y11", e, LO, "Mudar para plano anual",
                 "Oi! Não quero cancelar nem pedir reembolso não, tá? Estamos gostando muito. Só queria saber como passo do "
                 "trimestral para o anual e se tem desconto.\n\nBjs, Equipe Verde Musgo", "2025-09-22T11:00:00"))
        e, pn = "ti@pousadacanoa.com.br", "Pousada Canoa Hospedagem"
        proj(pn, e)
        owpay(f"q{pre}55", oinv(55), pn, "hosting_annual", "14400.00", "2025-09-10T10:00:00",
              setup_fee="1200.00", service_start="2025-09-10")
        case("y12-hosting-day15", OWB, "decided", [], [R("deny")],
             "O5: service_start 2025-09-10 (day 0), request 2025-09-25 = day 15 > 14 -> deny",
             one("y12", e, OWD, "Refund Request — Pousada Canoa Hospedagem / OWD-2025-8255",
                 "Olá, pedimos o cancelamento da hospedagem anual da Pousada Canoa (fatura OWD-2025-8255) com o reembolso "
                 "proporcional, pois migramos tudo para o Wix do nosso parceiro de reservas.\n\nTI Pousada Canoa",
                 "2025-09-25T09:00:00"), extra_ok=True)

    (HERE / "ledger.json").write_text(json.dumps(ledger, ensure_ascii=False, indent=1) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n")
    print(len(cases), "cases")


if __name__ == "__main__":
    build()
